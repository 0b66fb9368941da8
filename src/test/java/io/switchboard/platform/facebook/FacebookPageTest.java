package io.switchboard.platform.facebook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static io.switchboard.platform.facebook.FakeFacebook.V;
import static io.switchboard.support.Api.admin;
import static io.switchboard.support.Api.freshTenant;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.switchboard.support.Forms;
import io.switchboard.support.Tokens;

/** The Facebook tab: status, text, redirects, errors beside their fields, read-only for managers, CSRF. */
@QuarkusTest
class FacebookPageTest {
    static final String PAGE = "/contact-points/default/facebook";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @GraphMock.Graph
    WireMockServer graph;

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).redirects().follow(false);
    }

    /** A form post as the browser sends it: the page's CSRF cookie and field, the user's token. */
    static RequestSpecification form(String token) {
        Response page = as(token).get(PAGE);
        Matcher m = CSRF.matcher(page.asString());
        if (!m.find()) {
            throw new AssertionError("No CSRF field on " + PAGE + " (status " + page.statusCode() + ")");
        }
        RequestSpecification spec = as(token).contentType("application/x-www-form-urlencoded").formParam("csrf-token", m.group(1));
        String cookie = page.getCookie("sb-csrf");
        return cookie == null ? spec : spec.cookie("sb-csrf", cookie);
    }

    static String adminToken(String tenant) {
        return Tokens.bearer(tenant, "admin-" + tenant, "admin");
    }

    @Test
    void notConnectedShowsTheConnectFormToAdminsAndNothingToChangeToManagers() {
        String tenant = freshTenant();
        as(adminToken(tenant)).get(PAGE).then().statusCode(200).body(containsString("<h2>Connect a page</h2>"))
                .body(containsString("href=\"/contact-points/default/facebook\" aria-current=\"page\">Facebook</a>"))
                .body(containsString("name=\"userAccessToken\" type=\"password\""))
                .body(containsString("<code>pages_messaging</code>, <code>pages_manage_metadata</code>, <code>pages_show_list</code>"))
                .body(containsString("not connected")).body(containsString("Facebook Messenger timers"))
                .body(containsString("action=\"/contact-points/default/facebook/timers\""))
                .body(not(containsString("Coming soon")));
        as(Tokens.bearer(tenant, "mo", "manager")).get(PAGE).then().statusCode(200).body(containsString("An admin can connect one"))
                .body(not(containsString("action=\"/contact-points/default/facebook\"")))
                .body(not(containsString("<form"))).body(containsString("Facebook Messenger timers"));
    }

    @Test
    void connectingShowsTheChecklistAndTheSubscribeFixTurnsItGreen() {
        String tenant = freshTenant();
        String token = adminToken(tenant);
        FakeFacebook fb = new FakeFacebook(graph).stub().unsubscribedUntilSubscribed();
        form(token).formParam("version", "-1").formParam("userAccessToken", fb.shortToken).formParam("pageUrl", fb.pageUrl())
                .post(PAGE).then().statusCode(303).header("Location", endsWith(PAGE))
                .cookie("sb-flash", containsString("needs+attention"));
        String html = as(token).get(PAGE).then().statusCode(200).body(containsString(fb.pageName))
                .body(containsString("<code>" + fb.pageId + "</code>")).body(containsString("Connected as Ada Lovelace"))
                .body(containsString("data-item=\"SUBSCRIPTION\" data-status=\"YELLOW\""))
                .body(containsString("data-item=\"PERMISSIONS\" data-status=\"GREEN\""))
                .body(containsString("Subscribe the app")).body(containsString("needs attention"))
                .body(containsString("<h2>Reconnect</h2>")).body(containsString("Disconnect “" + fb.pageName + "”"))
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(html).doesNotContain(fb.longToken).doesNotContain(fb.shortToken)
                .doesNotContain(fb.pageToken).doesNotContain(fb.vanity);
        form(token).post(PAGE + "/subscribe").then().statusCode(303).header("Location", endsWith(PAGE))
                .cookie("sb-flash", containsString("subscribed"));
        graph.verify(1, postRequestedFor(urlPathEqualTo(V + "/" + fb.pageId + "/subscribed_apps"))
                .withQueryParam("subscribed_fields", equalTo("messages,messaging_postbacks")));
        as(token).get(PAGE).then().body(containsString("data-item=\"SUBSCRIPTION\" data-status=\"GREEN\""))
                .body(containsString("ready")).body(not(containsString("Subscribe the app")));
        // managers see the checklist, without a button
        as(Tokens.bearer(tenant, "mo", "manager")).get(PAGE).then().statusCode(200).body(containsString(fb.pageName))
                .body(not(containsString("Check again"))).body(not(containsString("Disconnect")));
    }

    @Test
    void aBadAddressIsRefusedBesideItsFieldKeepingWhatWasTypedButNeverTheToken() {
        String tenant = freshTenant();
        String token = adminToken(tenant);
        form(token).formParam("version", "-1").formParam("userAccessToken", "EAAtyped-secret-" + tenant)
                .formParam("pageUrl", "https://www.facebook.com/groups/acme").post(PAGE).then().statusCode(400)
                .body(containsString("Please correct the fields marked below; nothing was saved."))
                .body(containsString("<p class=\"error\" id=\"e-pageUrl\">That is a Facebook groups address, not a page"))
                .body(containsString("value=\"https://www.facebook.com/groups/acme\""))
                .body(not(containsString("EAAtyped-secret-")));
        form(token).formParam("version", "-1").formParam("userAccessToken", "").formParam("pageUrl", "").post(PAGE).then()
                .statusCode(400).body(containsString("id=\"e-userAccessToken\">Paste the user access token"))
                .body(containsString("id=\"e-pageUrl\">Paste the address of the Facebook page"));
        admin(tenant).get("/api/v1/contact-points/default/facebook").then().body("connected", is(false));
    }

    @Test
    void aPageOfAnotherContactPointAndFacebookFailingAreShownNotCrashed() {
        String tenant = freshTenant();
        String token = adminToken(tenant);
        admin(tenant).body(Map.of("id", "sales", "label", "Sales")).post("/api/v1/contact-points").then().statusCode(201);
        FakeFacebook fb = new FakeFacebook(graph).stub();
        admin(tenant).body(Map.of("userAccessToken", fb.shortToken, "pageUrl", fb.pageUrl())).put("/api/v1/contact-points/sales/facebook")
                .then().statusCode(200);
        form(token).formParam("version", "-1").formParam("userAccessToken", fb.shortToken).formParam("pageUrl", fb.pageUrl())
                .post(PAGE).then().statusCode(409).body(containsString("id=\"e-pageUrl\">The page “" + fb.pageName
                        + "” (" + fb.pageId + ") is already connected to the contact point “Sales” (sales)"));

        FakeFacebook down = new FakeFacebook(graph).stub();
        graph.stubFor(get(urlPathEqualTo(V + "/oauth/access_token")).withQueryParam("fb_exchange_token", equalTo(down.shortToken))
                .willReturn(aResponse().withStatus(500)));
        form(token).formParam("version", "-1").formParam("userAccessToken", down.shortToken).formParam("pageUrl", down.pageUrl())
                .post(PAGE).then().statusCode(502).body(containsString("class=\"alert\""))
                .body(containsString("Facebook answered HTTP 500")).body(containsString("Nothing was saved"));
    }

    @Test
    void disconnectNeedsTheVersionShownAndRemovesTheConnection() {
        String tenant = freshTenant();
        String token = adminToken(tenant);
        FakeFacebook fb = new FakeFacebook(graph).stub();
        admin(tenant).body(fb.connectBody()).put("/api/v1/contact-points/default/facebook").then().statusCode(200);
        String version = Forms.hidden(as(token).get(PAGE).asString(), PAGE + "/disconnect", "version");
        form(token).formParam("version", "7").post(PAGE + "/disconnect").then().statusCode(409)
                .body(containsString("was changed by"));
        form(token).formParam("version", version).post(PAGE + "/check").then().statusCode(303)
                .cookie("sb-flash", containsString("every+item+is+green"));
        form(token).formParam("version", version).post(PAGE + "/disconnect").then().statusCode(303)
                .header("Location", endsWith(PAGE));
        as(token).get(PAGE).then().body(containsString("No Facebook page is connected"));
    }

    @Test
    void aStaleReconnectFormIsRefusedNamingWhoChangedIt() {
        String tenant = freshTenant();
        String token = adminToken(tenant);
        FakeFacebook fb = new FakeFacebook(graph).stub();
        form(token).formParam("version", "-1").formParam("userAccessToken", fb.shortToken).formParam("pageUrl", fb.pageUrl())
                .post(PAGE).then().statusCode(303);
        String seen = Forms.hidden(as(token).get(PAGE).asString(), PAGE, "version");
        fb.renewTokens().stub();
        admin(tenant).body(Map.of("userAccessToken", fb.shortToken, "version", Long.parseLong(seen)))
                .put("/api/v1/contact-points/default/facebook").then().statusCode(200);
        form(token).formParam("version", seen).formParam("userAccessToken", fb.shortToken).post(PAGE).then().statusCode(409)
                .body(containsString("The Facebook connection of “Default” was changed by admin-" + tenant))
                .body(containsString("nothing was saved"));
    }

    @Test
    void facebookTimersAreSavedFromTheTab() {
        String tenant = freshTenant();
        String token = adminToken(tenant);
        String version = Forms.hidden(as(token).get(PAGE).asString(), PAGE + "/timers", "version");
        form(token).formParam("version", version).formParam("RESPONSE_TIMEOUT", "soon").post(PAGE + "/timers").then()
                .statusCode(400).body(containsString("“soon” is not a duration")).body(containsString("value=\"soon\""))
                .body(containsString("Facebook Messenger timers"));
        form(token).formParam("version", version).formParam("RESPONSE_TIMEOUT", "10m").formParam("INACTIVE_TIME", "")
                .formParam("CLOSE_TIME", "").post(PAGE + "/timers").then().statusCode(303)
                .header("Location", endsWith(PAGE + "#timers"));
        admin(tenant).get("/api/v1/contact-points/default/timers?platform=FACEBOOK").then().statusCode(200)
                .body("RESPONSE_TIMEOUT.seconds", is(600)).body("RESPONSE_TIMEOUT.source", is("PLATFORM"));
        admin(tenant).get("/api/v1/contact-points/default/timers?platform=SMS").then().body("RESPONSE_TIMEOUT.source",
                not(is("PLATFORM")));
        form(token).formParam("version", version).formParam("RESPONSE_TIMEOUT", "20m").post(PAGE + "/timers").then()
                .statusCode(409).body(containsString("changed by"));
    }

    @Test
    void everyFormPostWithoutItsCsrfTokenIsRefused() {
        String tenant = freshTenant();
        for (String action : new String[] { "", "/check", "/subscribe", "/disconnect", "/timers" }) {
            as(adminToken(tenant)).cookie("sb-csrf", "t").contentType("application/x-www-form-urlencoded")
                    .formParam("version", "-1").post(PAGE + action).then().statusCode(400)
                    .body(containsString("This form has expired"));
        }
    }
}
