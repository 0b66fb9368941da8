package io.switchboard.platform.facebook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.switchboard.platform.facebook.FakeFacebook.APP_ID;
import static io.switchboard.platform.facebook.FakeFacebook.V;
import static io.switchboard.support.Api.admin;
import static io.switchboard.support.Api.as;
import static io.switchboard.support.Api.freshTenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** The Facebook API against WireMock as the Graph API: the checklist's cases, reconnect, failures, refusals. */
@QuarkusTest
class FacebookApiTest {
    @GraphMock.Graph
    WireMockServer graph;

    @Inject
    EntityManager em;

    static String api(String cp) {
        return "/api/v1/contact-points/" + cp + "/facebook";
    }

    static ValidatableResponse item(ValidatableResponse r, String item, String status) {
        return r.body("checklist.find { it.item == '" + item + "' }.status", is(status));
    }

    static String message(ValidatableResponse r, String item) {
        return r.extract().path("checklist.find { it.item == '" + item + "' }.message");
    }

    /** The Graph requests made with this fake's values, in the order Facebook received them. */
    List<LoggedRequest> requestsOf(FakeFacebook fb) {
        return graph.findAll(anyRequestedFor(anyUrl())).stream()
                .filter(r -> r.getUrl().contains(fb.suffix) || r.getUrl().contains(fb.pageId)).toList();
    }

    @Test
    void healthyPageConnectsWithEveryItemGreenAndTheExactRequests() {
        String tenant = freshTenant();
        FakeFacebook fb = new FakeFacebook(graph).stub();
        ValidatableResponse r = admin(tenant).body(fb.connectBody()).put(api("default")).then().statusCode(200)
                .body("connected", is(true)).body("configured", is(true)).body("pageId", is(fb.pageId))
                .body("pageName", is(fb.pageName)).body("userName", is("Ada Lovelace"))
                .body("tokenExpiresAt", is(fb.expiresAt.toString())).body("version", is(0))
                .body("checklist.item", org.hamcrest.Matchers.contains("ASSOCIATE_USER", "PAGE", "SUBSCRIPTION", "PERMISSIONS"))
                .body("checklist.status", everyItem(is("GREEN"))).body("checklist.fix", everyItem(nullValue()))
                .body("checkedAt", org.hamcrest.Matchers.notNullValue());
        assertThat(r.extract().asString()).doesNotContain(fb.longToken).doesNotContain(fb.shortToken)
                .doesNotContain(fb.pageToken).doesNotContain(fb.vanity);

        graph.verify(1, getRequestedFor(urlPathEqualTo(V + "/oauth/access_token"))
                .withQueryParam("grant_type", equalTo("fb_exchange_token")).withQueryParam("client_id", equalTo(APP_ID))
                .withQueryParam("client_secret", equalTo("test-app-secret"))
                .withQueryParam("fb_exchange_token", equalTo(fb.shortToken)));
        graph.verify(1, getRequestedFor(urlPathEqualTo(V + "/me")).withQueryParam("fields", equalTo("id,name"))
                .withQueryParam("access_token", equalTo(fb.longToken))
                .withQueryParam("appsecret_proof", equalTo(FacebookGraph.appSecretProof(fb.longToken, "test-app-secret"))));
        graph.verify(1, getRequestedFor(urlPathEqualTo(V + "/debug_token")).withQueryParam("input_token", equalTo(fb.longToken))
                .withQueryParam("access_token", equalTo(APP_ID + "|test-app-secret")));
        graph.verify(1, getRequestedFor(urlPathEqualTo(V + "/" + fb.vanity)).withQueryParam("fields", equalTo("id,name")));
        graph.verify(1, getRequestedFor(urlPathEqualTo(V + "/" + fb.pageId)).withQueryParam("fields", equalTo("access_token"))
                .withQueryParam("access_token", equalTo(fb.longToken)));
        graph.verify(1, getRequestedFor(urlPathEqualTo(V + "/" + fb.pageId + "/subscribed_apps"))
                .withQueryParam("access_token", equalTo(fb.pageToken))
                .withQueryParam("appsecret_proof", equalTo(FacebookGraph.appSecretProof(fb.pageToken, "test-app-secret"))));
        graph.verify(1, getRequestedFor(urlPathEqualTo(V + "/me/permissions")).withQueryParam("access_token", equalTo(fb.longToken)));
        // the app secret itself goes only to the token exchange and debug_token, never with a user or page call
        assertThat(requestsOf(fb).stream().filter(q -> q.getUrl().contains("test-app-secret")).map(q -> q.getUrl().split("\\?")[0]))
                .containsExactly(V + "/oauth/access_token", V + "/debug_token");
        assertThat(requestsOf(fb).get(0).getUrl()).startsWith(V + "/oauth/access_token");
        assertThat(requestsOf(fb)).hasSize(7);

        // stored encrypted, the URL not at all; the audit log has no token
        Object[] row = (Object[]) em.createNativeQuery("SELECT user_token, page_token, page_id FROM facebook_connection "
                + "WHERE tenant_id = :t").setParameter("t", tenant).getSingleResult();
        assertThat((String) row[0]).startsWith("v1:").doesNotContain(fb.longToken);
        assertThat((String) row[1]).startsWith("v1:").doesNotContain(fb.pageToken);
        assertThat(row[2]).isEqualTo(fb.pageId);
        String rowText = em.createNativeQuery("SELECT row_to_json(f)::text FROM facebook_connection f WHERE tenant_id = :t")
                .setParameter("t", tenant).getSingleResult().toString();
        assertThat(rowText).doesNotContain(fb.vanity).doesNotContain("facebook.com");
        String audit = admin(tenant).get("/api/v1/audit?entity=facebook_connection").then().statusCode(200).extract().asString();
        assertThat(audit).contains("connect").contains(fb.pageId).doesNotContain(fb.longToken).doesNotContain(fb.pageToken)
                .doesNotContain(fb.shortToken);
        as(tenant, "mo", "manager").get(api("default")).then().statusCode(200).body("pageName", is(fb.pageName));
    }

    @Test
    void appNotSubscribedIsYellowAndSubscribeFixesIt() {
        String tenant = freshTenant();
        FakeFacebook fb = new FakeFacebook(graph).stub().unsubscribedUntilSubscribed();
        ValidatableResponse r = admin(tenant).body(fb.connectBody()).put(api("default")).then().statusCode(200);
        item(r, "SUBSCRIPTION", "YELLOW").body("checklist.find { it.item == 'SUBSCRIPTION' }.action", is("SUBSCRIBE"));
        assertThat(message(r, "SUBSCRIPTION")).contains("not subscribed");
        item(r, "ASSOCIATE_USER", "GREEN");
        ValidatableResponse s = admin(tenant).post(api("default") + "/subscribe").then().statusCode(200);
        item(s, "SUBSCRIPTION", "GREEN");
        graph.verify(1, postRequestedFor(urlPathEqualTo(V + "/" + fb.pageId + "/subscribed_apps"))
                .withQueryParam("subscribed_fields", equalTo("messages,messaging_postbacks"))
                .withQueryParam("access_token", equalTo(fb.pageToken)));
        assertThat(admin(tenant).get("/api/v1/audit?entity=facebook_connection").asString()).contains("subscribe");
    }

    @Test
    void subscribedWithoutPostbacksIsYellowNamingTheMissingField() {
        FakeFacebook fb = new FakeFacebook(graph);
        fb.subscribedFields = List.of("messages");
        fb.stub();
        ValidatableResponse r = admin(freshTenant()).body(fb.connectBody()).put(api("default")).then().statusCode(200);
        item(r, "SUBSCRIPTION", "YELLOW");
        assertThat(message(r, "SUBSCRIPTION")).contains("not to messaging_postbacks");
    }

    @Test
    void missingAndDeclinedPermissionsAreNamedWithTheFix() {
        FakeFacebook fb = new FakeFacebook(graph);
        fb.permissions.remove("pages_manage_metadata");
        fb.permissions.put("pages_messaging", "declined");
        fb.stub();
        ValidatableResponse r = admin(freshTenant()).body(fb.connectBody()).put(api("default")).then().statusCode(200);
        item(r, "PERMISSIONS", "YELLOW").body("checklist.find { it.item == 'PERMISSIONS' }.action", is("RECONNECT"))
                .body("checklist.find { it.item == 'PERMISSIONS' }.fix",
                        is("Reconnect and grant pages_manage_metadata, pages_messaging when Facebook asks."));
        assertThat(message(r, "PERMISSIONS")).contains("not granted: pages_manage_metadata").contains("declined: pages_messaging");
    }

    @Test
    void aUserWhoDoesNotManageThePageGetsAYellowItemSayingSo() {
        FakeFacebook fb = new FakeFacebook(graph);
        fb.managesPage = false;
        fb.stub();
        ValidatableResponse r = admin(freshTenant()).body(fb.connectBody()).put(api("default")).then().statusCode(200)
                .body("connected", is(true));
        item(r, "PAGE", "YELLOW");
        item(r, "SUBSCRIPTION", "YELLOW");
        assertThat(message(r, "PAGE")).contains("Ada Lovelace does not manage the page");
        graph.verify(0, getRequestedFor(urlPathEqualTo(V + "/" + fb.pageId + "/subscribed_apps")));
    }

    @Test
    void aTokenExpiringWithinAWeekIsYellowAndAnInvalidOneOnCheckToo() {
        String tenant = freshTenant();
        FakeFacebook fb = new FakeFacebook(graph);
        fb.expiresAt = java.time.Instant.now().plus(java.time.Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        fb.stub();
        ValidatableResponse r = admin(tenant).body(fb.connectBody()).put(api("default")).then().statusCode(200)
                .body("tokenExpiresAt", is(fb.expiresAt.toString()));
        item(r, "ASSOCIATE_USER", "YELLOW").body("checklist.find { it.item == 'ASSOCIATE_USER' }.action", is("RECONNECT"));
        assertThat(message(r, "ASSOCIATE_USER")).contains("expires at").contains("(in 2 days)");

        fb.tokenValid = false; // Facebook has since invalidated the token
        fb.stubDebugToken();
        ValidatableResponse c = admin(tenant).post(api("default") + "/check").then().statusCode(200);
        item(c, "ASSOCIATE_USER", "YELLOW");
        assertThat(message(c, "ASSOCIATE_USER")).contains("no longer valid").contains("Session has expired");
        assertThat(admin(tenant).get("/api/v1/audit?entity=facebook_connection").asString()).contains("\"check\"");
    }

    @Test
    void reconnectExchangesTheNewTokenFirstAndKeepsThePage() {
        String tenant = freshTenant();
        FakeFacebook fb = new FakeFacebook(graph);
        fb.permissions.remove("pages_show_list");
        fb.stub();
        admin(tenant).body(fb.connectBody()).put(api("default")).then().statusCode(200).body("version", is(0));
        String firstLong = fb.longToken;
        int before = requestsOf(fb).size();
        fb.permissions.put("pages_show_list", "granted");
        fb.renewTokens().stub();
        Map<String, Object> body = new HashMap<>();
        body.put("userAccessToken", fb.shortToken);
        body.put("version", 0);
        ValidatableResponse r = admin(tenant).body(body).put(api("default")).then().statusCode(200)
                .body("pageId", is(fb.pageId)).body("version", is(1)).body("checklist.status", everyItem(is("GREEN")));
        List<LoggedRequest> reconnect = requestsOf(fb).subList(before, requestsOf(fb).size());
        assertThat(reconnect.get(0).getUrl()).startsWith(V + "/oauth/access_token")
                .contains("fb_exchange_token=" + fb.shortToken).contains("client_id=" + APP_ID);
        assertThat(reconnect.get(1).getUrl()).startsWith(V + "/me?");
        // the page was looked up by its stored id: the URL was not kept
        assertThat(reconnect).anyMatch(q -> q.getUrl().startsWith(V + "/" + fb.pageId + "?") && q.getUrl().contains("id%2Cname")
                || q.getUrl().startsWith(V + "/" + fb.pageId + "?fields=id,name"));
        assertThat(reconnect).noneMatch(q -> q.getUrl().contains(fb.vanity));
        assertThat(reconnect).noneMatch(q -> q.getUrl().contains(firstLong));
        assertThat(r.extract().asString()).doesNotContain(fb.longToken);
        assertThat(admin(tenant).get("/api/v1/audit?entity=facebook_connection").asString()).contains("reconnect");
        // a stale version is refused and changes nothing
        admin(tenant).body(body).put(api("default")).then().statusCode(409)
                .body("error", containsString("The Facebook connection of “Default” was changed by admin-" + tenant));
    }

    @Test
    void graphDownTimingOutOrAnsweringNonsenseAtConnectIs502AndSavesNothing() {
        String tenant = freshTenant();
        FakeFacebook fb = new FakeFacebook(graph).stub();
        graph.stubFor(get(urlPathEqualTo(V + "/oauth/access_token")).withQueryParam("fb_exchange_token", equalTo(fb.shortToken))
                .willReturn(aResponse().withStatus(503).withBody("Service Unavailable")));
        admin(tenant).body(fb.connectBody()).put(api("default")).then().statusCode(502).body("details[0]", is("reason: FACEBOOK"))
                .body("error", containsString("Facebook answered HTTP 503"))
                .body("error", containsString("Nothing was saved"));
        graph.stubFor(get(urlPathEqualTo(V + "/oauth/access_token")).withQueryParam("fb_exchange_token", equalTo(fb.shortToken))
                .willReturn(FakeFacebook.json("{\"access_token\":\"x\"}").withFixedDelay(1500)));
        admin(tenant).body(fb.connectBody()).put(api("default")).then().statusCode(502)
                .body("error", containsString("could not be reached: no answer within 1 s"));
        graph.stubFor(get(urlPathEqualTo(V + "/oauth/access_token")).withQueryParam("fb_exchange_token", equalTo(fb.shortToken))
                .willReturn(aResponse().withStatus(200).withBody("<html>oops</html>")));
        admin(tenant).body(fb.connectBody()).put(api("default")).then().statusCode(502)
                .body("error", containsString("could not be read"));
        admin(tenant).get(api("default")).then().statusCode(200).body("connected", is(false)).body("version", is(-1));
    }

    @Test
    void aStoredTokenThatCanNoLongerBeReadAsksForAReconnectNotA500() {
        String tenant = freshTenant();
        FakeFacebook fb = new FakeFacebook(graph).stub();
        admin(tenant).body(fb.connectBody()).put(api("default")).then().statusCode(200);
        // as after SWITCHBOARD_SECRETS_KEY was changed: sealed, but with another key
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE facebook_connection SET user_token = 'v1:' || encode(decode(md5(random()::text) || md5(random()::text), 'hex'), 'base64') WHERE tenant_id = :t")
                .setParameter("t", tenant).executeUpdate());
        admin(tenant).post(api("default") + "/check").then().statusCode(409)
                .body("error", containsString("reconnect"));
    }

    @Test
    void graphFailingOnCheckBecomesYellowItemsNotAnError() {
        String tenant = freshTenant();
        FakeFacebook fb = new FakeFacebook(graph).stub();
        admin(tenant).body(fb.connectBody()).put(api("default")).then().statusCode(200);
        graph.stubFor(get(urlPathEqualTo(V + "/debug_token")).withQueryParam("input_token", equalTo(fb.longToken))
                .willReturn(aResponse().withStatus(500).withBody("{\"error\":{\"message\":\"An unknown error has occurred.\","
                        + "\"type\":\"OAuthException\",\"code\":1}}")));
        graph.stubFor(get(urlPathEqualTo(V + "/me/permissions")).withQueryParam("access_token", equalTo(fb.longToken))
                .willReturn(FakeFacebook.json("{}").withFixedDelay(1500)));
        ValidatableResponse r = admin(tenant).post(api("default") + "/check").then().statusCode(200);
        item(r, "ASSOCIATE_USER", "YELLOW");
        item(r, "PAGE", "GREEN");
        item(r, "PERMISSIONS", "YELLOW");
        assertThat(message(r, "ASSOCIATE_USER")).contains("Facebook says: An unknown error has occurred. (OAuthException, code 1)");
        assertThat(message(r, "PERMISSIONS")).contains("no answer within 1 s");
    }

    @Test
    void anExpiredShortLivedTokenIsRefusedAtItsFieldWithFacebooksMessage() {
        String tenant = freshTenant();
        FakeFacebook fb = new FakeFacebook(graph).stub();
        graph.stubFor(get(urlPathEqualTo(V + "/oauth/access_token")).withQueryParam("fb_exchange_token", equalTo(fb.shortToken))
                .willReturn(FakeFacebook.graphError(400, 190, "Error validating access token: Session has expired on Tuesday.")));
        admin(tenant).body(fb.connectBody()).put(api("default")).then().statusCode(400)
                .body("details[0]", containsString("userAccessToken: Facebook did not exchange the user access token"))
                .body("details[0]", containsString("Session has expired on Tuesday. (OAuthException, code 190)"));
        admin(tenant).get(api("default")).then().body("connected", is(false));
    }

    @Test
    void badInputIsNamedPerFieldBeforeFacebookIsAsked() {
        String tenant = freshTenant();
        admin(tenant).body(Map.of("userAccessToken", " ", "pageUrl", "https://www.facebook.com/groups/acme")).put(api("default"))
                .then().statusCode(400).body("error", containsString("invalid values"))
                .body("details", hasItem(containsString("userAccessToken: Paste the user access token")))
                .body("details", hasItem(containsString("pageUrl: That is a Facebook groups address, not a page")));
        admin(tenant).body(Map.of("userAccessToken", "EAAnever" + tenant)).put(api("default")).then().statusCode(400)
                .body("details", hasItem(containsString("pageUrl: Paste the address of the Facebook page")));
        admin(tenant).body(Map.of("userAccessToken", "EAAnever" + tenant, "pageUrl", "https://evil.example.com/AcmeSupport"))
                .put(api("default")).then().statusCode(400).body("details", hasItem(containsString("pageUrl: Not a facebook.com address")));
        assertThat(graph.findAll(anyRequestedFor(anyUrl())).stream().filter(q -> q.getUrl().contains("EAAnever" + tenant)))
                .isEmpty();
        admin(tenant).get(api("default")).then().body("connected", is(false));
    }

    @Test
    void aPageConnectedToAnotherContactPointIsRefusedNamingIt() {
        String tenant = freshTenant();
        admin(tenant).body(Map.of("id", "sales", "label", "Sales")).post("/api/v1/contact-points").then().statusCode(201);
        FakeFacebook fb = new FakeFacebook(graph).stub();
        admin(tenant).body(fb.connectBody()).put(api("default")).then().statusCode(200);
        admin(tenant).body(fb.connectBody()).put(api("sales")).then().statusCode(409)
                .body("error", containsString("is already connected to the contact point “Default” (default)"));
        admin(tenant).get(api("sales")).then().body("connected", is(false));

        String other = freshTenant();
        String body = admin(other).body(fb.connectBody()).put(api("default")).then().statusCode(409)
                .body("error", containsString("is already connected to another Switchboard tenant")).extract().asString();
        assertThat(body).doesNotContain("Default").doesNotContain(tenant);

        // one page per contact point: a second page is refused until the first is disconnected
        FakeFacebook second = new FakeFacebook(graph).stub();
        admin(tenant).body(Map.of("userAccessToken", second.shortToken, "pageUrl", second.pageUrl(), "version", 0))
                .put(api("default")).then().statusCode(409).body("error", containsString("disconnect it first"));
        admin(tenant).delete(api("default") + "?version=0").then().statusCode(204);
        admin(tenant).get(api("default")).then().body("connected", is(false));
        assertThat(((Number) em.createNativeQuery("SELECT count(*) FROM facebook_connection WHERE tenant_id = :t")
                .setParameter("t", tenant).getSingleResult()).intValue()).isZero();
        assertThat(admin(tenant).get("/api/v1/audit?entity=facebook_connection").asString()).contains("disconnect");
        admin(tenant).body(Map.of("userAccessToken", second.shortToken, "pageUrl", second.pageUrl())).put(api("default"))
                .then().statusCode(200).body("pageId", is(second.pageId));
    }

    @Test
    void deletingTheContactPointReleasesItsPage() {
        String tenant = freshTenant();
        admin(tenant).body(Map.of("id", "sales", "label", "Sales")).post("/api/v1/contact-points").then().statusCode(201);
        FakeFacebook fb = new FakeFacebook(graph).stub();
        admin(tenant).body(fb.connectBody()).put(api("sales")).then().statusCode(200);
        admin(tenant).delete("/api/v1/contact-points/sales").then().statusCode(204);
        admin(tenant).body(fb.connectBody()).put(api("default")).then().statusCode(200).body("pageId", is(fb.pageId));
    }

    @Test
    void aSubscriptionFacebookRefusesIs502WithItsMessageAndTheItemStaysYellow() {
        String tenant = freshTenant();
        FakeFacebook fb = new FakeFacebook(graph);
        fb.subscribedFields = List.of("feed");
        fb.stub();
        admin(tenant).body(fb.connectBody()).put(api("default")).then().statusCode(200);
        graph.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo(V + "/" + fb.pageId + "/subscribed_apps"))
                .willReturn(FakeFacebook.graphError(403, 200, "(#200) The user must be an admin of the page")));
        admin(tenant).post(api("default") + "/subscribe").then().statusCode(502).body("details[0]", is("reason: FACEBOOK"))
                .body("error", containsString("Facebook did not subscribe the app: Facebook says: (#200) The user must be an admin"));
        item(admin(tenant).get(api("default")).then(), "SUBSCRIPTION", "YELLOW");
        assertThat(admin(tenant).get("/api/v1/audit?entity=facebook_connection").asString()).contains("subscribe")
                .contains("\"ok\":false");
    }

    @Test
    void theApiIsInTheOpenApiDocumentAndTheTabIsNot() {
        io.restassured.RestAssured.given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/contact-points/{id}/facebook"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/contact-points/{id}/facebook/check"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/contact-points/{id}/facebook/subscribe"))
                .body("paths", not(org.hamcrest.Matchers.hasKey("/contact-points/{id}/facebook")));
    }

    @Test
    void managersReadOnlyAndAnotherTenantsContactPointIs404() {
        String tenant = freshTenant();
        FakeFacebook fb = new FakeFacebook(graph).stub();
        as(tenant, "mo", "manager").body(fb.connectBody()).put(api("default")).then().statusCode(403);
        as(tenant, "mo", "manager").post(api("default") + "/check").then().statusCode(403);
        as(tenant, "mo", "manager").post(api("default") + "/subscribe").then().statusCode(403);
        as(tenant, "mo", "manager").delete(api("default")).then().statusCode(403);
        as(tenant, "mo", "manager").get(api("default")).then().statusCode(200).body("connected", is(false));
        graph.verify(0, getRequestedFor(urlPathEqualTo(V + "/oauth/access_token")).withQueryParam("fb_exchange_token",
                equalTo(fb.shortToken)));

        String owner = freshTenant();
        admin(owner).body(Map.of("id", "theirs", "label", "Theirs")).post("/api/v1/contact-points").then().statusCode(201);
        admin(tenant).get(api("theirs")).then().statusCode(404);
        admin(tenant).body(fb.connectBody()).put(api("theirs")).then().statusCode(404);
        admin(tenant).post(api("theirs") + "/check").then().statusCode(404);
        admin(tenant).delete(api("theirs")).then().statusCode(404);
    }

    @Test
    void checkSubscribeAndDisconnectNeedAConnection() {
        String tenant = freshTenant();
        admin(tenant).post(api("default") + "/check").then().statusCode(409).body("error", containsString("no Facebook page connected"));
        admin(tenant).post(api("default") + "/subscribe").then().statusCode(409);
        admin(tenant).delete(api("default")).then().statusCode(409);
        admin(tenant).get(api("default")).then().body("checklist", org.hamcrest.Matchers.empty())
                .body("pageId", nullValue());
    }
}
