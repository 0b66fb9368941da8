package io.switchboard.platform.twitter;

import static io.restassured.RestAssured.given;
import static io.switchboard.platform.twitter.XStubs.accountId;
import static io.switchboard.platform.twitter.XStubs.healthy;
import static io.switchboard.platform.twitter.XStubs.secretOf;
import static io.switchboard.platform.twitter.XStubs.token;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.ValidatableResponse;
import io.switchboard.support.Forms;
import jakarta.inject.Inject;

/** The Twitter/X tab: what an admin and a manager see, each form's refusals, the tab's own timers. */
@QuarkusTest
class TwitterPageTest {
    static final String PAGE = "/contact-points/default/twitter";

    @TwitterMock.Server
    WireMockServer x;
    @Inject
    TwitterConnections connections;

    static ValidatableResponse connect(String token) {
        String version = Forms.hidden(given().get(PAGE).asString(), PAGE + "/connect", "version");
        return Forms.from(PAGE).formParam("accessToken", token).formParam("accessTokenSecret", secretOf(token))
                .formParam("version", version).post(PAGE + "/connect").then();
    }

    @Test
    @TestSecurity(user = "ada", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "page-twitter-connect"))
    void connectingShowsTheAccountAndItsChecklistButNeverTheTokens() {
        given().get("/contact-points/default").then().statusCode(200).body(containsString("href=\"" + PAGE + "\""));
        given().get(PAGE).then().statusCode(200).body(containsString("No X account is connected"))
                .body(containsString("action=\"" + PAGE + "/connect\"")).body(not(containsString("Coming soon")))
                .body(not(containsString("not configured")));
        String token = token();
        String id = accountId();
        healthy(x, token, id, "acme");
        connect(token).statusCode(303).header("Location", endsWith(PAGE));
        given().cookie("sb-flash", "Connected%20%40acme.").get(PAGE).then().statusCode(200)
                .body(containsString("@acme</strong> · Acme Support")).body(containsString("<code>" + id + "</code>"))
                .body(containsString("Connected as @acme (Acme Support, account id " + id + ")."))
                .body(containsString("Anyone can send this account a direct message")).body(containsString("check-green"))
                .body(not(containsString("check-yellow"))).body(containsString("Last checked 20"))
                .body(containsString("Check again")).body(containsString(">Reconnect<"))
                .body(containsString(">Disconnect<")).body(not(containsString(token)))
                .body(not(containsString(secretOf(token)))).body(not(containsString("action=\"" + PAGE + "/connect\"")));
    }

    @Test
    @TestSecurity(user = "ada", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "page-twitter-warning"))
    void restrictedDmsShowAWarningWithTheFix() {
        String token = token();
        XStubs.account(x, token, accountId(), "acme_dm", "Acme DM");
        XStubs.dms(x, token, "following");
        connect(token).statusCode(303);
        given().get(PAGE).then().statusCode(200).body(containsString("check-yellow"))
                .body(containsString("WARNING: only people this account follows can send this account a direct message"))
                .body(containsString("On X: Settings → Privacy and safety → Direct messages → Allow message requests from "
                        + "everyone"));
    }

    @Test
    @TestSecurity(user = "ada", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "page-twitter-refusals"))
    void refusalsRerenderWithTheMessageBesideItsField() {
        connect(" ").statusCode(400).body(containsString("Paste the account&#39;s access token."))
                .body(containsString("id=\"e-accessToken\"")).body(containsString("aria-invalid=\"true\""));
        Forms.from(PAGE).formParam("accessToken", "").formParam("accessTokenSecret", "").post(PAGE + "/connect").then()
                .statusCode(400).body(containsString("Paste the account&#39;s access token secret."));
        String revoked = token();
        XStubs.verify(x, revoked, XStubs.status(401, "{}"));
        XStubs.settings(x, revoked, XStubs.status(401, "{}"));
        connect(revoked).statusCode(400).body(containsString("X refused this access token and secret (401)"))
                .body(not(containsString(revoked)));
        String slow = token();
        XStubs.verify(x, slow, XStubs.json("{}").withFixedDelay(1_500));
        XStubs.dms(x, slow, "all");
        connect(slow).statusCode(502).body(containsString("X could not be reached to check the account"))
                .body(containsString("Nothing was saved"));
        given().get(PAGE).then().body(containsString("No X account is connected"));
        // without the form's CSRF token nothing happens
        String good = token();
        healthy(x, good, accountId(), "acme");
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("accessToken", good)
                .formParam("accessTokenSecret", secretOf(good)).post(PAGE + "/connect").then().statusCode(400)
                .body(containsString("form has expired"));
        given().get(PAGE).then().body(containsString("No X account is connected"));
        x.verify(0, XStubs.requested(XStubs.VERIFY, good));
    }

    @Test
    @TestSecurity(user = "ada", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "page-twitter-lifecycle"))
    void checkReconnectAndDisconnectAfterConfirmation() {
        String token = token();
        String id = accountId();
        healthy(x, token, id, "acme");
        connect(token).statusCode(303);
        XStubs.verify(x, token, XStubs.status(401, "{}"));
        XStubs.settings(x, token, XStubs.status(401, "{}"));
        Forms.from(PAGE).post(PAGE + "/check").then().statusCode(303).header("Location", endsWith(PAGE));
        given().get(PAGE).then().body(containsString("Token invalid or revoked: Reconnect"))
                .body(not(containsString("action=\"" + PAGE + "/connect\"")));
        given().get(PAGE + "?reconnect=1").then().statusCode(200).body(containsString("action=\"" + PAGE + "/connect\""))
                .body(containsString("New tokens may be for the same account or another one"));
        String fresh = token();
        healthy(x, fresh, id, "acme");
        String version = Forms.hidden(given().get(PAGE + "?reconnect=1").asString(), PAGE + "/connect", "version");
        Forms.from(PAGE).formParam("accessToken", fresh).formParam("accessTokenSecret", secretOf(fresh))
                .formParam("version", version).post(PAGE + "/connect").then().statusCode(303);
        given().get(PAGE).then().body(not(containsString("check-yellow")));
        // the same stale reconnect form again is refused
        Forms.from(PAGE).formParam("accessToken", fresh).formParam("accessTokenSecret", secretOf(fresh))
                .formParam("version", version).post(PAGE + "/connect").then().statusCode(409)
                .body(containsString("The X connection was changed by ada"));
        // Disconnect asks first
        given().get(PAGE + "?confirm=disconnect").then().body(containsString("Yes, disconnect @acme"));
        Forms.from(PAGE).formParam("version", "1").post(PAGE + "/disconnect").then().statusCode(200)
                .body(containsString("Yes, disconnect @acme"));
        given().get(PAGE).then().body(containsString("@acme"));
        String current = Forms.hidden(given().get(PAGE + "?confirm=disconnect").asString(), PAGE + "/disconnect", "version");
        Forms.from(PAGE).formParam("version", "0").formParam("confirm", "yes").post(PAGE + "/disconnect").then()
                .statusCode(409);
        Forms.from(PAGE).formParam("version", current).formParam("confirm", "yes").post(PAGE + "/disconnect").then()
                .statusCode(303).header("Location", endsWith(PAGE));
        given().get(PAGE).then().body(containsString("No X account is connected"));
        Forms.from(PAGE).post(PAGE + "/check").then().statusCode(409).body(containsString("connect one first"));
    }

    @Test
    @TestSecurity(user = "ada", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "page-twitter-elsewhere"))
    void anAccountOnAnotherContactPointIsRefusedOnThePage() {
        Forms.from("/contact-points").formParam("id", "sales").formParam("label", "Sales desk").post("/contact-points")
                .then().statusCode(303);
        String id = accountId();
        String first = token();
        healthy(x, first, id, "acme");
        connections.connect("page-twitter-elsewhere", "sales", first, secretOf(first), null, "ada");
        String second = token();
        healthy(x, second, id, "acme");
        connect(second).statusCode(409).body(containsString("@acme is already connected to the contact point “Sales desk” "
                + "(sales)")).body(containsString("action=\"" + PAGE + "/connect\""));
    }

    @Test
    @TestSecurity(user = "ada", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "page-twitter-timers"))
    void theTabSavesItsOwnTimerOverrides() {
        String html = given().get(PAGE).asString();
        String version = Forms.hidden(html, PAGE + "/timers", "version");
        Forms.from(PAGE).formParam("RESPONSE_TIMEOUT", "banana").formParam("version", version).post(PAGE + "/timers")
                .then().statusCode(400).body(containsString("banana")).body(containsString("class=\"error\""));
        Forms.from(PAGE).formParam("RESPONSE_TIMEOUT", "10m").formParam("version", version).post(PAGE + "/timers").then()
                .statusCode(303).header("Location", endsWith(PAGE + "#timers"));
        given().accept("application/json").get("/api/v1/contact-points/default/timers?platform=TWITTER").then()
                .statusCode(200).body("RESPONSE_TIMEOUT.seconds", is(600)).body("RESPONSE_TIMEOUT.source", is("PLATFORM"));
        given().accept("application/json").get("/api/v1/contact-points/default/timers?platform=SMS").then()
                .body("RESPONSE_TIMEOUT.source", not(is("PLATFORM")));
        Forms.from(PAGE).formParam("RESPONSE_TIMEOUT", "20m").formParam("version", version).post(PAGE + "/timers").then()
                .statusCode(409).body(containsString("Reload"));
    }

    @Test
    @TestSecurity(user = "mo", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "page-twitter-manager"))
    void managersSeeTheConnectionButNoForms() {
        given().get(PAGE).then().statusCode(200);
        String token = token();
        healthy(x, token, accountId(), "acme_read");
        connections.connect("page-twitter-manager", "default", token, secretOf(token), null, "ada");
        given().get(PAGE).then().statusCode(200).body(containsString("@acme_read")).body(containsString("check-green"))
                .body(not(containsString("action=\"" + PAGE + "/check\"")))
                .body(not(containsString("action=\"" + PAGE + "/connect\"")))
                .body(not(containsString("action=\"" + PAGE + "/timers\""))).body(not(containsString(token)));
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").cookie("sb-csrf", "c")
                .formParam("csrf-token", "c").post(PAGE + "/check").then().statusCode(403);
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").cookie("sb-csrf", "c")
                .formParam("csrf-token", "c").formParam("confirm", "yes").post(PAGE + "/disconnect").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "ada", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "page-twitter-other"))
    void anotherTenantsContactPointIs404() {
        given().get("/contact-points/nowhere/twitter").then().statusCode(404).body(not(containsString("Exception")));
        for (String action : new String[] { "connect", "check", "disconnect", "timers" }) {
            given().redirects().follow(false).contentType("application/x-www-form-urlencoded").cookie("sb-csrf", "c")
                    .formParam("csrf-token", "c").formParam("accessToken", "a").formParam("accessTokenSecret", "b")
                    .formParam("confirm", "yes").post("/contact-points/nowhere/twitter/" + action).then().statusCode(404);
        }
    }
}
