package io.switchboard.dashbot;

import static io.restassured.RestAssured.given;
import static io.switchboard.support.Api.admin;
import static io.switchboard.support.Api.as;
import static io.switchboard.support.Api.freshTenant;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Settings with write-only secrets encrypted at rest, the Quiq webhook (token, dedup) and backfill. */
@QuarkusTest
class DashbotApiTest {
    static final String API = "/api/v1/integrations/dashbot";

    @Inject
    EntityManager em;

    static Map<String, Object> enabled() {
        Map<String, Object> m = new HashMap<>();
        m.put("enabled", true);
        m.put("quiqBaseUrl", "https://acme.goquiq.com");
        m.put("quiqAuth", "BASIC");
        m.put("quiqApiKey", "quiq-key-1");
        m.put("quiqApiSecret", "quiq-secret-1");
        m.put("dashbotApiKey", "dashbot-key-1");
        m.put("hookToken", "hook-token-1");
        m.put("contactPoints", List.of("default"));
        return m;
    }

    @Test
    void secretsAreWriteOnlyAndEncryptedAtRest() {
        String tenant = freshTenant();
        String body = admin(tenant).body(enabled()).put(API).then().statusCode(200).body("enabled", is(true))
                .body("secretsSet.quiqApiKey", is(true)).body("secretsSet.hookToken", is(true))
                .body("contactPoints", contains("default")).extract().asString();
        org.assertj.core.api.Assertions.assertThat(body).doesNotContain("quiq-key-1").doesNotContain("hook-token-1");
        String got = admin(tenant).get(API).then().statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(got).doesNotContain("quiq-key-1").doesNotContain("dashbot-key-1");
        Object stored = em.createNativeQuery("SELECT quiq_api_key FROM dashbot_settings WHERE tenant_id = :t")
                .setParameter("t", tenant).getSingleResult();
        org.assertj.core.api.Assertions.assertThat((String) stored).startsWith("v1:").doesNotContain("quiq-key-1");
        // left out: kept; empty: removed
        admin(tenant).body(Map.of("dashbotUrl", "https://tracker.example.com/track")).put(API).then().statusCode(200)
                .body("secretsSet.quiqApiKey", is(true)).body("dashbotUrl", is("https://tracker.example.com/track"));
        admin(tenant).body(Map.of("enabled", false, "hookToken", "")).put(API).then().statusCode(200)
                .body("secretsSet.hookToken", is(false));
        got = admin(tenant).get("/api/v1/audit?entity=dashbot_settings").then().statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(got).doesNotContain("quiq-key-1").contains("secretsSet");
        as(tenant, "m", "manager").get(API).then().statusCode(200);
        as(tenant, "m", "manager").body(Map.of("enabled", false)).put(API).then().statusCode(403);
    }

    @Test
    void enablingNeedsWhatForwardingUsesAndBadValuesAreNamed() {
        String tenant = freshTenant();
        admin(tenant).body(Map.of("enabled", true, "quiqAuth", "TOKEN", "dashbotUrl", "ftp://x", "contactPoints",
                List.of("default", "ghost"))).put(API).then().statusCode(400)
                .body("details", hasItem(containsString("quiqBaseUrl: Forwarding needs the Quiq API base URL")))
                .body("details", hasItem(containsString("quiqAuth: Choose BEARER")))
                .body("details", hasItem(containsString("dashbotUrl: An http:// or https:// address")))
                .body("details", hasItem(containsString("contactPoints: There is no contact point “ghost”")))
                .body("details", hasItem(containsString("dashbotApiKey: Forwarding needs the Dashbot API key")));
        admin(tenant).get(API).then().body("enabled", is(false)).body("dashbotUrl", is(DashbotSettings.DEFAULT_TRACKER));
    }

    @Test
    void aStaleVersionIsRefused() {
        String tenant = freshTenant();
        admin(tenant).body(enabled()).put(API).then().statusCode(200).body("version", is(0));
        admin(tenant).body(Map.of("enabled", false, "version", 0)).put(API).then().statusCode(200).body("version", is(1));
        admin(tenant).body(Map.of("enabled", true, "version", 0)).put(API).then().statusCode(409);
        admin(tenant).get(API).then().body("enabled", is(false));
    }

    @Test
    void theWebhookNeedsTheTokenAndQueuesEachDeliveryOnce() {
        String tenant = freshTenant();
        admin(tenant).body(enabled()).put(API).then().statusCode(200);
        String hook = "/hooks/quiq/" + tenant;
        Map<String, Object> event = Map.of("id", "evt-1", "eventType", "ConversationClosed", "timestamp", 1_795_000_000_000L,
                "data", Map.of("id", "cid.42", "status", "closed"));
        given().contentType("application/json").body(event).post(hook).then().statusCode(401)
                .body("error", containsString("X-Centricient-Hook-Token"));
        given().contentType("application/json").header("X-Centricient-Hook-Token", "wrong").body(event).post(hook).then()
                .statusCode(401);
        given().contentType("application/json").header("X-Centricient-Hook-Token", "hook-token-1").body(event)
                .post("/hooks/quiq/" + freshTenant()).then().statusCode(401);
        given().contentType("application/json").header("X-Centricient-Hook-Token", "hook-token-1").body(event).post(hook)
                .then().statusCode(200).body("conversationId", is("cid.42")).body("duplicate", is(false));
        given().contentType("application/json").header("X-Centricient-Hook-Token", "hook-token-1").body(event).post(hook)
                .then().statusCode(200).body("duplicate", is(true));
        given().contentType("application/json").header("X-Centricient-Hook-Token", "hook-token-1")
                .body(Map.of("id", "evt-2", "eventType", "ConversationClosed", "data", Map.of())).post(hook).then()
                .statusCode(400).body("details[0]", containsString("names no conversation"));
        Object pending = em.createNativeQuery("SELECT count(*) FROM dashbot_conversation WHERE tenant_id = :t")
                .setParameter("t", tenant).getSingleResult();
        org.assertj.core.api.Assertions.assertThat(((Number) pending).intValue()).isEqualTo(1);
    }

    @Test
    void adminsBackfillConversationsAllOrNothing() {
        String tenant = freshTenant();
        admin(tenant).body(Map.of("conversationIds", List.of("cid.1", "not an id", "cid.2"))).post(API + "/backfill")
                .then().statusCode(400).body("details", contains(containsString("“not an id” is not a conversation id")));
        admin(tenant).body(Map.of("conversationIds", List.of("cid.1", " cid.2 ", "cid.1", ""))).post(API + "/backfill")
                .then().statusCode(200).body("queued", is(2)).body("pending", is(2));
        admin(tenant).body(Map.of("conversationIds", List.of("cid.2", "cid.3"))).post(API + "/backfill").then()
                .statusCode(200).body("queued", is(1)).body("pending", is(3));
        admin(tenant).body(Map.of("conversationIds", List.of())).post(API + "/backfill").then().statusCode(400)
                .body("details[0]", containsString("Paste at least one"));
        as(tenant, "m", "manager").body(Map.of("conversationIds", List.of("cid.9"))).post(API + "/backfill").then()
                .statusCode(403);
        admin(tenant).get("/api/v1/audit?entity=dashbot_settings&action=backfill").then().body("total", is(2))
                .body("entries[0].after.new", not(is(0)));
    }
}
