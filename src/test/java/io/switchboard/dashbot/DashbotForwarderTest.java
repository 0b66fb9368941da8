package io.switchboard.dashbot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.switchboard.support.Api.admin;
import static io.switchboard.support.Api.freshTenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** WireMock as Quiq and Dashbot: the exact requests Dashbot receives, retries, no retry on 400, idempotency. */
@QuarkusTest
class DashbotForwarderTest {
    static final String TRACK = "/dashbot/track";

    WireMockServer mock;
    String tenant;

    @Inject
    EntityManager em;

    @BeforeEach
    void start() {
        mock = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        mock.start();
        tenant = freshTenant();
        admin(tenant).body(Map.of("id", "service", "label", "Service")).post("/api/v1/contact-points").then().statusCode(201);
        Map<String, Object> s = new HashMap<>();
        s.put("enabled", true);
        s.put("quiqBaseUrl", mock.baseUrl() + "/quiq");
        s.put("quiqAuth", "BEARER");
        s.put("quiqApiKey", "quiq-key");
        s.put("dashbotUrl", mock.baseUrl() + TRACK);
        s.put("dashbotApiKey", "db-key");
        s.put("contactPoints", List.of("service"));
        admin(tenant).body(s).put("/api/v1/integrations/dashbot").then().statusCode(200);
    }

    @AfterEach
    void stop() {
        mock.stop();
    }

    void quiq(String id, String contactPoint, long... ages) {
        long now = System.currentTimeMillis();
        StringBuilder messages = new StringBuilder();
        for (int i = 0; i < ages.length; i++) {
            messages.append(i == 0 ? "" : ",").append("""
                    {"id":"mid.%d","author":%s,"fromCustomer":%s,"text":"message %d","timestamp":%d}"""
                    .formatted(i + 1, i % 2 == 0 ? "\"+14155550100\"" : "\"agent-jo\"", i % 2 == 0, i + 1, now - ages[i]));
        }
        mock.stubFor(get(urlEqualTo("/quiq/api/v1/messaging/conversations/" + id)).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id":"%s","status":"closed","contactPointId":"%s","customerPlatform":"SMS",
                         "customerHandle":"+14155550100","customer":{"firstName":"Ada","lastName":"Lovelace"},
                         "messages":[%s]}""".formatted(id, contactPoint, messages))));
    }

    void backfill(String... ids) {
        admin(tenant).body(Map.of("conversationIds", List.of(ids))).post("/api/v1/integrations/dashbot/backfill").then()
                .statusCode(200);
    }

    void dashbotAnswers(int status) {
        mock.stubFor(post(urlPathEqualTo(TRACK)).willReturn(aResponse().withStatus(status)));
    }

    int posts() {
        return mock.findAll(postRequestedFor(urlPathEqualTo(TRACK))).size();
    }

    @Test
    void forwardsEachMessageExactlyAsDashbotExpectsAndNeverTwice() {
        quiq("cid.1", "service", 60_000, 30_000);
        dashbotAnswers(200);
        backfill("cid.1");
        admin(tenant).post("/api/v1/integrations/dashbot/run").then().statusCode(200).body("conversations", is(1))
                .body("sent", is(2));
        mock.verify(1, getRequestedFor(urlEqualTo("/quiq/api/v1/messaging/conversations/cid.1"))
                .withHeader("Authorization", equalTo("Bearer quiq-key")));
        mock.verify(1, postRequestedFor(urlPathEqualTo(TRACK)).withQueryParam("platform", equalTo("universal"))
                .withQueryParam("v", equalTo("11.1.0-rest")).withQueryParam("type", equalTo("incoming"))
                .withQueryParam("apiKey", equalTo("db-key"))
                .withRequestBody(matchingJsonPath("$.text", equalTo("message 1")))
                .withRequestBody(matchingJsonPath("$.userId", equalTo("+14155550100")))
                .withRequestBody(matchingJsonPath("$.conversationId", equalTo("cid.1")))
                .withRequestBody(matchingJsonPath("$.sessionId", equalTo("cid.1")))
                .withRequestBody(matchingJsonPath("$.platformJson.contactPointId", equalTo("service")))
                .withRequestBody(matchingJsonPath("$.platformJson.platform", equalTo("SMS")))
                .withRequestBody(matchingJsonPath("$.platformUserJson", equalToJson("{\"firstName\":\"Ada\",\"lastName\":\"Lovelace\"}"))));
        // the agent's message is outgoing, and its userId is still the customer's handle
        mock.verify(1, postRequestedFor(urlPathEqualTo(TRACK)).withQueryParam("type", equalTo("outgoing"))
                .withRequestBody(matchingJsonPath("$.userId", equalTo("+14155550100")))
                .withRequestBody(matchingJsonPath("$.platformJson.author", equalTo("agent-jo"))));
        // a second run, and the same conversation queued again by a webhook, send nothing twice
        admin(tenant).post("/api/v1/integrations/dashbot/run").then().statusCode(200).body("sent", is(0));
        backfill("cid.1");
        admin(tenant).post("/api/v1/integrations/dashbot/run").then().statusCode(200).body("conversations", is(1))
                .body("sent", is(0));
        assertThat(posts()).isEqualTo(2);
        admin(tenant).get("/api/v1/integrations/dashbot/status").then().body("sent", is(2)).body("pending", is(0))
                .body("conversationsPending", is(0));
    }

    @Test
    void retriesServerErrorsAndThrottlingButNotABadRequest() {
        quiq("cid.2", "service", 50_000, 40_000, 30_000);
        mock.stubFor(post(urlPathEqualTo(TRACK)).withRequestBody(matchingJsonPath("$.text", equalTo("message 1")))
                .willReturn(aResponse().withStatus(500)));
        mock.stubFor(post(urlPathEqualTo(TRACK)).withRequestBody(matchingJsonPath("$.text", equalTo("message 2")))
                .willReturn(aResponse().withStatus(429)));
        mock.stubFor(post(urlPathEqualTo(TRACK)).withRequestBody(matchingJsonPath("$.text", equalTo("message 3")))
                .willReturn(aResponse().withStatus(400).withBody("{\"error\":\"bad payload\"}")));
        backfill("cid.2");
        admin(tenant).post("/api/v1/integrations/dashbot/run").then().statusCode(200).body("failed", is(2)).body("dead", is(1));
        admin(tenant).get("/api/v1/integrations/dashbot/status").then().body("failed", is(2)).body("dead", is(1));
        // not due yet: backing off
        admin(tenant).post("/api/v1/integrations/dashbot/run").then().body("sent", is(0)).body("failed", is(0));
        assertThat(posts()).isEqualTo(3);
        // once due, Dashbot is back: both are sent; the bad request was never tried again
        mock.resetMappings();
        dashbotAnswers(200);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE dashbot_outbox SET next_attempt_at = now() WHERE tenant_id = :t AND state = 'FAILED'")
                .setParameter("t", tenant).executeUpdate());
        admin(tenant).post("/api/v1/integrations/dashbot/run").then().body("sent", is(2));
        mock.verify(1, postRequestedFor(urlPathEqualTo(TRACK)).withRequestBody(matchingJsonPath("$.text", equalTo("message 3"))));
        String lastError = (String) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT last_error FROM dashbot_outbox WHERE tenant_id = :t AND state = 'DEAD'").setParameter("t", tenant)
                .getSingleResult());
        assertThat(lastError).contains("400").contains("bad payload").contains("not retried");
    }

    @Test
    void deadAfterTheLastAttemptAndRetriedFromTheDeadLetters() {
        quiq("cid.3", "service", 10_000);
        dashbotAnswers(503);
        backfill("cid.3");
        admin(tenant).post("/api/v1/integrations/dashbot/run").then().body("failed", is(1));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE dashbot_outbox SET next_attempt_at = now(), attempts = 7 WHERE tenant_id = :t")
                .setParameter("t", tenant).executeUpdate());
        admin(tenant).post("/api/v1/integrations/dashbot/run").then().body("dead", is(1));
        admin(tenant).get("/api/v1/integrations/dashbot/status").then().body("dead", is(1)).body("failed", is(0));
        mock.resetMappings();
        dashbotAnswers(200);
        QuarkusTransaction.requiringNew().run(() -> status.retry(tenant, "cid.3", "mid.1", "test"));
        admin(tenant).post("/api/v1/integrations/dashbot/run").then().body("sent", is(1));
    }

    @Inject
    DashbotStatus status;

    @Test
    void messagesOlderThanAnHourAreMarkedTooOldAndOtherContactPointsSkipped() {
        quiq("cid.4", "service", 3_700_000L, 1_000);
        quiq("cid.5", "sales", 1_000);
        dashbotAnswers(200);
        backfill("cid.4", "cid.5");
        admin(tenant).post("/api/v1/integrations/dashbot/run").then().body("conversations", is(2)).body("skipped", is(1))
                .body("tooOld", is(1)).body("sent", is(1));
        assertThat(posts()).isEqualTo(1);
        admin(tenant).get("/api/v1/integrations/dashbot/status").then().body("tooOld", is(1))
                .body("conversationsSkipped", is(1));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aConversationQuiqDoesNotKnowIsDeadAndOneItCannotServeIsRetried() {
        mock.stubFor(get(urlEqualTo("/quiq/api/v1/messaging/conversations/cid.404")).willReturn(aResponse().withStatus(404)));
        mock.stubFor(get(urlEqualTo("/quiq/api/v1/messaging/conversations/cid.503")).willReturn(aResponse().withStatus(503)));
        backfill("cid.404", "cid.503");
        admin(tenant).post("/api/v1/integrations/dashbot/run").then().body("conversations", is(2));
        List<Object> rows = QuarkusTransaction.requiringNew().call(() -> (List<Object>) em.createNativeQuery(
                "SELECT conversation_id || '=' || status FROM dashbot_conversation WHERE tenant_id = :t ORDER BY 1")
                .setParameter("t", tenant).getResultList());
        assertThat(rows).containsExactly("cid.404=DEAD", "cid.503=FAILED");
    }

    @Test
    void aTimeoutIsRetriedLater() {
        quiq("cid.6", "service", 1_000);
        mock.stubFor(post(urlPathEqualTo(TRACK)).willReturn(aResponse().withStatus(200).withFixedDelay(1_500)));
        backfill("cid.6");
        admin(tenant).post("/api/v1/integrations/dashbot/run").then().body("failed", is(1)).body("sent", is(0));
        String lastError = (String) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT last_error FROM dashbot_outbox WHERE tenant_id = :t AND state = 'FAILED'").setParameter("t", tenant)
                .getSingleResult());
        assertThat(lastError).contains("could not be reached");
    }

    @Inject
    DashbotConnection connection;

    @Test
    void testConnectionSaysWhatFailed() {
        mock.stubFor(get(urlEqualTo("/quiq/api/v1/messaging/conversations/" + DashbotConnection.PROBE))
                .willReturn(aResponse().withStatus(404)));
        dashbotAnswers(400);
        assertThat(connection.test(tenant)).containsExactly("Quiq: OK, reached and the credentials were accepted.",
                "Dashbot: OK, the tracker answered and did not refuse the API key.");
        mock.stubFor(get(urlEqualTo("/quiq/api/v1/messaging/conversations/" + DashbotConnection.PROBE))
                .willReturn(aResponse().withStatus(401)));
        dashbotAnswers(403);
        assertThat(connection.test(tenant)).containsExactly("Quiq: the credentials were refused (401).",
                "Dashbot: the API key was refused (403).");
        // the probe is an empty event: nothing with a text reaches Dashbot's analytics
        assertThat(mock.findAll(postRequestedFor(urlPathEqualTo(TRACK)).withRequestBody(matchingJsonPath("$.text")))).isEmpty();
        mock.stop();
        assertThat(connection.test(tenant)).allMatch(line -> line.contains("could not be reached"));
    }

    @Inject
    DashbotForwarder forwarder;
    @Inject
    javax.sql.DataSource dataSource;

    /** What another instance holds is skipped, not waited for and not sent twice: the instances share the work. */
    @Test
    void rowsLockedByAnotherInstanceAreSkippedAndSentOnceFreed() throws Exception {
        quiq("cid.8", "service", 2_000, 1_000);
        dashbotAnswers(200);
        backfill("cid.8");
        admin(tenant).post("/api/v1/integrations/dashbot/run").then().body("sent", is(2));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                UPDATE dashbot_outbox SET state = 'PENDING', next_attempt_at = now() WHERE tenant_id = :t""")
                .setParameter("t", tenant).executeUpdate());
        try (java.sql.Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (var st = other.prepareStatement(
                    "SELECT 1 FROM dashbot_outbox WHERE tenant_id = ? AND message_id = 'mid.1' FOR UPDATE")) {
                st.setString(1, tenant);
                st.executeQuery().close();
            }
            DashbotForwarder.Run run = forwarder.run(tenant);
            assertThat(run.sent()).isEqualTo(1);
            other.rollback();
        }
        assertThat(forwarder.run(tenant).sent()).isEqualTo(1);
        assertThat(mock.findAll(postRequestedFor(urlPathEqualTo(TRACK))
                .withRequestBody(matchingJsonPath("$.platformJson.id", equalTo("mid.1"))))).hasSize(2);
    }
}
