package io.switchboard.timer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.switchboard.support.Api;
import io.switchboard.support.Forms;

@QuarkusTest
class TimerPageTest {

    @Test
    @TestSecurity(user = "tim", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "timers-page"))
    void tenantTimersAreShownAndSavedAsHumanDurations() {
        given().get("/timers").then().statusCode(200).body(containsString("value=\"5m\""))
                .body(containsString("value=\"12h\"")).body(containsString("Invitation Timeout"));
        String version = Forms.hidden(given().get("/timers").asString(), "version");
        Forms.from("/timers").formParams(Map.of("INVITATION_TIMEOUT", "90s", "RESPONSE_TIMEOUT", "1h 30m",
                "ART_MINIMUM", "1m", "ART_MAXIMUM", "3m", "INACTIVE_TIME", "2 hours", "CLOSE_TIME", "1d"))
                .formParam("version", version).post("/timers").then().statusCode(303);
        given().get("/timers").then().body(containsString("value=\"1m 30s\"")).body(containsString("value=\"1h 30m\""))
                .body(containsString("value=\"2h\"")).body(containsString("value=\"1d\""));
    }

    @Test
    @TestSecurity(user = "tim", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "timers-bad"))
    void badDurationsReRenderWithErrorsAtTheFieldAndChangeNothing() {
        String version = Forms.hidden(given().get("/timers").asString(), "version");
        Forms.from("/timers").formParams(Map.of("INVITATION_TIMEOUT", "soon", "RESPONSE_TIMEOUT", "31d",
                "ART_MINIMUM", "1m", "ART_MAXIMUM", "3m", "INACTIVE_TIME", "", "CLOSE_TIME", "12h"))
                .formParam("version", version).post("/timers").then().statusCode(400)
                .body(containsString("“soon” is not a duration"))
                .body(containsString("value=\"soon\""))
                .body(containsString("Enter a duration"))
                .body(containsString("nothing was saved"));
        Forms.from("/timers").formParams(Map.of("INVITATION_TIMEOUT", "1m", "RESPONSE_TIMEOUT", "31d",
                "ART_MINIMUM", "1m", "ART_MAXIMUM", "3m", "INACTIVE_TIME", "1h", "CLOSE_TIME", "12h"))
                .formParam("version", version).post("/timers").then().statusCode(400)
                .body(containsString("must be between 1s and 30d"));
        given().get("/timers").then().body(containsString("value=\"5m\"")).body(containsString("value=\"1h\""));
    }

    @Test
    @TestSecurity(user = "tim", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "timers-stale"))
    void staleTenantFormIsRefused() {
        String version = Forms.hidden(given().get("/timers").asString(), "version");
        Map<String, String> values = Map.of("INVITATION_TIMEOUT", "1m", "RESPONSE_TIMEOUT", "10m", "ART_MINIMUM", "1m",
                "ART_MAXIMUM", "3m", "INACTIVE_TIME", "1h", "CLOSE_TIME", "12h");
        Forms.from("/timers").formParams(values).formParam("version", version).post("/timers").then().statusCode(303);
        Forms.from("/timers").formParams(values).formParam("RESPONSE_TIMEOUT", "20m").formParam("version", version)
                .post("/timers").then().statusCode(409).body(containsString("changed by tim"));
    }

    @Test
    @TestSecurity(user = "tim", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "timers-cp"))
    void contactPointOverrideShowsSourceAndUseTenantValueClearsIt() {
        given().get("/contact-points/default").then().body(containsString("source-TENANT"));
        String timersVersion = Forms.hidden(given().get("/contact-points/default").asString(),
                "/contact-points/default/timers", "version");
        Forms.from("/contact-points/default").formParam("RESPONSE_TIMEOUT", "10m").formParam("INACTIVE_TIME", "")
                .formParam("CLOSE_TIME", "").formParam("version", timersVersion)
                .post("/contact-points/default/timers").then().statusCode(303);
        given().get("/contact-points/default").then().body(containsString("value=\"10m\""))
                .body(containsString("source-CONTACT_POINT")).body(containsString("Use tenant value"));
        timersVersion = Forms.hidden(given().get("/contact-points/default").asString(),
                "/contact-points/default/timers", "version");
        Forms.from("/contact-points/default").formParam("clear", "RESPONSE_TIMEOUT").formParam("version", timersVersion)
                .post("/contact-points/default/timers").then().statusCode(303);
        given().get("/contact-points/default").then().body(not(containsString("source-CONTACT_POINT")));
    }

    @Test
    @TestSecurity(user = "tim", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "timers-matrix"))
    void matrixShowsEveryContactPointAndPlatformWithSources() {
        given().get("/timers/matrix").then().statusCode(200).body(containsString("Google Business Messages (retired)"))
                .body(containsString("/contact-points/default"));
    }

    @Test
    void matrixMarksOverridesWhereTheyAre() {
        String tenant = Api.freshTenant();
        Api.admin(tenant).body(Map.of("RESPONSE_TIMEOUT", 999)).put("/api/v1/contact-points/default/timers?platform=WHATSAPP")
                .then().statusCode(200);
        given().auth().oauth2(io.switchboard.support.Tokens.bearer(tenant, "m", "manager")).get("/timers/matrix")
                .then().statusCode(200).body(containsString("<td class=\"source-PLATFORM\">16m 39s</td>"));
    }
}
