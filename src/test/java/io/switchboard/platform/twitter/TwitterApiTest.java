package io.switchboard.platform.twitter;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static io.switchboard.platform.twitter.XStubs.SETTINGS;
import static io.switchboard.platform.twitter.XStubs.VERIFY;
import static io.switchboard.platform.twitter.XStubs.accountId;
import static io.switchboard.platform.twitter.XStubs.healthy;
import static io.switchboard.platform.twitter.XStubs.secretOf;
import static io.switchboard.platform.twitter.XStubs.status;
import static io.switchboard.platform.twitter.XStubs.token;
import static io.switchboard.support.Api.admin;
import static io.switchboard.support.Api.as;
import static io.switchboard.support.Api.freshTenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** The JSON API with WireMock as X: the requests X receives, each checklist outcome, every refusal. */
@QuarkusTest
class TwitterApiTest {
    static final Pattern PARAM = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    @TwitterMock.Server
    WireMockServer x;
    @Inject
    EntityManager em;

    static String api(String cp) {
        return "/api/v1/contact-points/" + cp + "/twitter";
    }

    static Map<String, String> tokens(String token) {
        return Map.of("accessToken", token, "accessTokenSecret", secretOf(token));
    }

    @Test
    void connectsAHealthyAccountWithSignedRequestsAndNeverAnswersTheTokens() {
        String tenant = freshTenant();
        String token = token();
        String id = accountId();
        healthy(x, token, id, "acme");
        admin(tenant).get(api("default")).then().statusCode(200).body("connected", is(false)).body("configured", is(true));
        String body = admin(tenant).body(tokens(token)).put(api("default")).then().statusCode(200)
                .body("connected", is(true)).body("accountId", is(id)).body("screenName", is("acme"))
                .body("name", is("Acme Support")).body("dmsFromAnyone", is(true))
                .body("checklist.item", contains("account", "dmsFromAnyone"))
                .body("checklist.status", contains("GREEN", "GREEN")).body("checklist[0].fix", nullValue())
                .body("checkedAt", startsWith("20")).extract().asString();
        assertThat(body).doesNotContain(token).doesNotContain(secretOf(token));
        assertThat(admin(tenant).get(api("default")).then().statusCode(200).body("accountId", is(id)).extract().asString())
                .doesNotContain(token);

        x.verify(1, XStubs.requested(VERIFY, token).withQueryParam("include_entities", equalTo("false"))
                .withQueryParam("skip_status", equalTo("true")));
        x.verify(1, XStubs.requested(SETTINGS, token));
        for (String path : List.of(VERIFY, SETTINGS)) {
            LoggedRequest r = XStubs.received(x, path, token).get(0);
            assertThat(r.getMethod().getName()).isEqualTo("GET");
            String header = r.getHeader("Authorization");
            assertThat(header).startsWith("OAuth ").contains("oauth_consumer_key=\"test-consumer-key\"")
                    .contains("oauth_token=\"" + token + "\"").contains("oauth_signature_method=\"HMAC-SHA1\"")
                    .contains("oauth_version=\"1.0\"").doesNotContain(secretOf(token)).doesNotContain("test-consumer-secret");
            // X recomputes the signature from the request: so does this test, with the secrets only both sides know
            Map<String, String> oauth = new TreeMap<>();
            Matcher m = PARAM.matcher(header);
            while (m.find()) {
                oauth.put(m.group(1), java.net.URLDecoder.decode(m.group(2), java.nio.charset.StandardCharsets.UTF_8));
            }
            assertThat(oauth.keySet()).containsExactly("oauth_consumer_key", "oauth_nonce", "oauth_signature",
                    "oauth_signature_method", "oauth_timestamp", "oauth_token", "oauth_version");
            assertThat(Long.parseLong(oauth.get("oauth_timestamp"))).isCloseTo(System.currentTimeMillis() / 1000,
                    org.assertj.core.data.Offset.offset(120L));
            Map<String, String> query = new LinkedHashMap<>();
            r.getQueryParams().forEach((k, v) -> query.put(k, v.firstValue()));
            assertThat(OAuth1Signer.signature("GET", x.baseUrl() + path, query, oauth, "test-consumer-secret",
                    secretOf(token))).isEqualTo(oauth.get("oauth_signature"));
        }

        Object[] row = (Object[]) em.createNativeQuery("SELECT access_token, access_token_secret FROM twitter_connection "
                + "WHERE tenant_id = :t").setParameter("t", tenant).getSingleResult();
        assertThat((String) row[0]).startsWith("v1:").doesNotContain(token);
        assertThat((String) row[1]).startsWith("v1:").doesNotContain(secretOf(token));
        String audit = admin(tenant).get("/api/v1/audit?entity=twitter_connection").then().statusCode(200)
                .body("total", is(1)).body("entries[0].action", is("connect")).body("entries[0].after.accountId", is(id))
                .extract().asString();
        assertThat(audit).doesNotContain(token).doesNotContain(secretOf(token));
    }

    @Test
    void storedTokensThatCanNoLongerBeReadAskForAReconnectNotA500() {
        String tenant = freshTenant();
        String token = token();
        XStubs.account(x, token, accountId(), "acme_keys", "Acme Keys");
        XStubs.dms(x, token, "all");
        admin(tenant).body(tokens(token)).put(api("default")).then().statusCode(200);
        // as after SWITCHBOARD_SECRETS_KEY was changed: sealed, but with another key
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE twitter_connection "
                + "SET access_token = 'v1:' || encode(decode(md5(random()::text) || md5(random()::text), 'hex'), 'base64') "
                + "WHERE tenant_id = :t").setParameter("t", tenant).executeUpdate());
        admin(tenant).post(api("default") + "/check").then().statusCode(409).body("error", containsString("reconnect"));
    }

    @Test
    void dmsRestrictedIsAWarningAndTheConnectionIsStillSaved() {
        String tenant = freshTenant();
        String token = token();
        XStubs.account(x, token, accountId(), "acme_help", "Acme Help");
        XStubs.dms(x, token, "following");
        admin(tenant).body(tokens(token)).put(api("default")).then().statusCode(200).body("connected", is(true))
                .body("dmsFromAnyone", is(false)).body("checklist.status", contains("GREEN", "YELLOW"))
                .body("checklist[1].item", is("dmsFromAnyone"))
                .body("checklist[1].message", startsWith("WARNING: only people this account follows"))
                .body("checklist[1].fix", startsWith("On X: Settings → Privacy and safety → Direct messages → Allow "
                        + "message requests from everyone"));
        // the admin changes it on X and checks again
        XStubs.dms(x, token, "all");
        admin(tenant).post(api("default") + "/check").then().statusCode(200).body("dmsFromAnyone", is(true))
                .body("checklist.status", contains("GREEN", "GREEN"));
        admin(tenant).get("/api/v1/audit?entity=twitter_connection&action=check").then().body("total", is(1))
                .body("entries[0].before.checklist.dmsFromAnyone", is("YELLOW"))
                .body("entries[0].after.checklist.dmsFromAnyone", is("GREEN"));
    }

    @Test
    void aRevokedTokenTurnsYellowAndReconnectingFixesIt() {
        String tenant = freshTenant();
        String old = token();
        String id = accountId();
        healthy(x, old, id, "acme");
        admin(tenant).body(tokens(old)).put(api("default")).then().statusCode(200).body("version", is(0));
        XStubs.verify(x, old, status(401, "{\"errors\":[{\"code\":89,\"message\":\"Invalid or expired token.\"}]}"));
        XStubs.settings(x, old, status(401, "{\"errors\":[{\"code\":89,\"message\":\"Invalid or expired token.\"}]}"));
        admin(tenant).post(api("default") + "/check").then().statusCode(200).body("connected", is(true))
                .body("accountId", is(id)).body("checklist.status", contains("YELLOW", "YELLOW"))
                .body("checklist[0].message", startsWith("Token invalid or revoked: Reconnect"))
                .body("checklist[1].message", is("Not checked: X refused the account's token."))
                .body("dmsFromAnyone", nullValue());
        String fresh = token();
        healthy(x, fresh, id, "acme");
        admin(tenant).body(Map.of("accessToken", fresh, "accessTokenSecret", secretOf(fresh), "version", 0))
                .put(api("default")).then().statusCode(200).body("checklist.status", contains("GREEN", "GREEN"))
                .body("version", is(1));
        admin(tenant).post(api("default") + "/check").then().statusCode(200).body("checklist.status", contains("GREEN", "GREEN"));
        x.verify(2, XStubs.requested(VERIFY, old)); // connect, then the check that found it revoked
        x.verify(2, XStubs.requested(VERIFY, fresh)); // reconnect, then the check
        admin(tenant).get("/api/v1/audit?entity=twitter_connection&action=reconnect").then().body("total", is(1));
    }

    @Test
    void rateLimitsServerErrorsTimeoutsAndBadJsonBecomeYellowItems() {
        String tenant = freshTenant();
        String token = token();
        healthy(x, token, accountId(), "acme");
        admin(tenant).body(tokens(token)).put(api("default")).then().statusCode(200);

        XStubs.verify(x, token, status(429, "{\"errors\":[{\"code\":88,\"message\":\"Rate limit exceeded\"}]}")
                .withHeader("x-rate-limit-reset", "1795000000"));
        XStubs.settings(x, token, status(503, "Over capacity"));
        admin(tenant).post(api("default") + "/check").then().statusCode(200).body("connected", is(true))
                .body("checklist.status", contains("YELLOW", "YELLOW"))
                .body("checklist[0].message", is("X rate-limited the check of the account (429); the limit resets at "
                        + "2026-11-18 11:06:40 UTC."))
                .body("checklist[0].fix", is("Check again after 2026-11-18 11:06:40 UTC."))
                .body("checklist[1].message", is("X answered 503 to the check of who may send direct messages (a problem "
                        + "on X's side)."));

        XStubs.verify(x, token, XStubs.json("{\"id_str\":\"1\"}").withFixedDelay(1_500)); // the timeout is PT1S in tests
        XStubs.settings(x, token, XStubs.json("this is not JSON"));
        admin(tenant).post(api("default") + "/check").then().statusCode(200)
                .body("checklist.status", contains("YELLOW", "YELLOW"))
                .body("checklist[0].message", containsString("could not be reached to check the account"))
                .body("checklist[0].message", containsString("no answer within 1 s"))
                .body("checklist[1].message", containsString("did not say who may send direct messages"))
                .body("dmsFromAnyone", nullValue());
    }

    @Test
    void connectRefusalsNameTheFieldAndSaveNothing() {
        String tenant = freshTenant();
        admin(tenant).body(Map.of("accessToken", " ", "accessTokenSecret", "")).put(api("default")).then().statusCode(400)
                .body("details", hasItem("accessToken: Paste the account's access token."))
                .body("details", hasItem("accessTokenSecret: Paste the account's access token secret."));
        admin(tenant).body(Map.of("accessToken", "has space", "accessTokenSecret", "x".repeat(201))).put(api("default"))
                .then().statusCode(400).body("details", hasItem(containsString("accessToken: An X access token has no spaces")))
                .body("details", hasItem(containsString("accessTokenSecret: An X access token secret is at most 200")));
        String revoked = token();
        XStubs.verify(x, revoked, status(401, "{\"errors\":[{\"code\":89}]}"));
        XStubs.settings(x, revoked, status(401, "{\"errors\":[{\"code\":89}]}"));
        admin(tenant).body(tokens(revoked)).put(api("default")).then().statusCode(400)
                .body("details", contains(startsWith("accessToken: X refused this access token and secret (401)")));
        String down = token();
        XStubs.verify(x, down, status(503, "Over capacity"));
        XStubs.dms(x, down, "all");
        admin(tenant).body(tokens(down)).put(api("default")).then().statusCode(502).body("error", is("X did not answer"))
                .body("details[0]", containsString("X answered 503 to the check of the account"))
                .body("details[0]", containsString("Nothing was saved"));
        admin(tenant).body("[]").put(api("default")).then().statusCode(400);
        admin(tenant).get(api("default")).then().body("connected", is(false));
        admin(tenant).post(api("default") + "/check").then().statusCode(409)
                .body("error", containsString("No X account is connected"));
        admin(tenant).delete(api("default")).then().statusCode(409);
        admin(tenant).get("/api/v1/audit?entity=twitter_connection").then().body("total", is(0));
    }

    @Test
    void anAccountConnectedElsewhereIsRefusedNamingWhere() {
        String tenant = freshTenant();
        admin(tenant).body(Map.of("id", "sales", "label", "Sales desk")).post("/api/v1/contact-points").then().statusCode(201);
        String id = accountId();
        String first = token();
        healthy(x, first, id, "acme");
        admin(tenant).body(tokens(first)).put(api("sales")).then().statusCode(200);
        String second = token(); // another token of the same account
        healthy(x, second, id, "acme");
        admin(tenant).body(tokens(second)).put(api("default")).then().statusCode(409)
                .body("error", is("@acme is already connected to the contact point “Sales desk” (sales). An X account takes "
                        + "its direct messages in one place: disconnect it there first. Nothing was saved."));
        admin(freshTenant()).body(tokens(second)).put(api("default")).then().statusCode(409)
                .body("error", startsWith("@acme is already connected in another Switchboard tenant."));
        admin(tenant).get(api("default")).then().body("connected", is(false));
        // reconnecting the same contact point with the other token is fine
        admin(tenant).body(tokens(second)).put(api("sales")).then().statusCode(200).body("accountId", is(id));
        // once disconnected there, it can move
        admin(tenant).delete(api("sales")).then().statusCode(200).body("connected", is(false));
        admin(tenant).body(tokens(second)).put(api("default")).then().statusCode(200).body("accountId", is(id));
    }

    @Test
    void managersReadAndOtherTenantsGet404() {
        String tenant = freshTenant();
        admin(tenant).body(Map.of("id", "only-here", "label", "Only here")).post("/api/v1/contact-points").then()
                .statusCode(201);
        String token = token();
        healthy(x, token, accountId(), "acme");
        admin(tenant).body(tokens(token)).put(api("only-here")).then().statusCode(200);
        as(tenant, "mo", "manager").get(api("only-here")).then().statusCode(200).body("screenName", is("acme"));
        as(tenant, "mo", "manager").body(tokens(token)).put(api("only-here")).then().statusCode(403);
        as(tenant, "mo", "manager").post(api("only-here") + "/check").then().statusCode(403);
        as(tenant, "mo", "manager").delete(api("only-here")).then().statusCode(403);
        as(tenant, "al", "agent").get(api("only-here")).then().statusCode(403);
        String other = freshTenant();
        admin(other).get(api("only-here")).then().statusCode(404);
        admin(other).body(tokens(token)).put(api("only-here")).then().statusCode(404);
        admin(other).post(api("only-here") + "/check").then().statusCode(404);
        admin(other).delete(api("only-here")).then().statusCode(404);
        admin(tenant).get(api("only-here")).then().body("connected", is(true));
    }

    @Test
    void aStaleVersionIsRefusedAndDisconnectForgetsTheTokens() {
        String tenant = freshTenant();
        String a = token();
        healthy(x, a, accountId(), "acme");
        admin(tenant).body(tokens(a)).put(api("default")).then().statusCode(200).body("version", is(0));
        String b = token();
        healthy(x, b, accountId(), "acme_two");
        admin(tenant).body(Map.of("accessToken", b, "accessTokenSecret", secretOf(b), "version", 0)).put(api("default"))
                .then().statusCode(200).body("screenName", is("acme_two")).body("version", is(1));
        String c = token();
        healthy(x, c, accountId(), "acme_three");
        admin(tenant).body(Map.of("accessToken", c, "accessTokenSecret", secretOf(c), "version", 0)).put(api("default"))
                .then().statusCode(409).body("error", startsWith("The X connection was changed by admin-" + tenant));
        admin(tenant).get(api("default")).then().body("screenName", is("acme_two"));
        admin(tenant).delete(api("default")).then().statusCode(200).body("connected", is(false));
        Object rows = em.createNativeQuery("SELECT count(*) FROM twitter_connection WHERE tenant_id = :t")
                .setParameter("t", tenant).getSingleResult();
        assertThat(((Number) rows).intValue()).isZero();
        admin(tenant).get("/api/v1/audit?entity=twitter_connection&action=disconnect").then().body("total", is(1))
                .body("entries[0].before.screenName", is("acme_two")).body("entries[0].after.connected", is(false));
    }

    @Test
    void theApiIsInTheOpenApiDocumentAndThePageIsNot() {
        io.restassured.RestAssured.given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/contact-points/{id}/twitter"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/contact-points/{id}/twitter/check"))
                .body("paths", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("/contact-points/{id}/twitter")));
    }
}
