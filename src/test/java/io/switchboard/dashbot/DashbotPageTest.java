package io.switchboard.dashbot;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.switchboard.support.Forms;

/** The Dashbot page: settings with secrets never rendered, errors at the field, backfill, the drawn chart. */
@QuarkusTest
class DashbotPageTest {
    static final String PAGE = "/integrations/dashbot";

    static String version() {
        return Forms.hidden(given().get(PAGE).asString(), "version");
    }

    @Test
    @TestSecurity(user = "ada", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "page-dashbot"))
    void savesSettingsWithoutEverShowingASecret() {
        given().get(PAGE).then().statusCode(200).body(containsString("<svg")).body(containsString("class=\"bar\""))
                .body(containsString("/hooks/quiq/page-dashbot"));
        Forms.from(PAGE).formParam("version", version()).formParam("enabled", "on").formParam("quiqBaseUrl", "not a url")
                .formParam("quiqAuth", "BEARER").formParam("quiqApiKey", "typed-quiq-key").formParam("dashbotUrl", "")
                .post(PAGE).then().statusCode(400).body(containsString("An http:// or https:// address"))
                .body(containsString("Forwarding needs the Dashbot API key"))
                .body(not(containsString("typed-quiq-key")));
        Forms.from(PAGE).formParam("version", version()).formParam("enabled", "on")
                .formParam("quiqBaseUrl", "https://acme.goquiq.com").formParam("quiqAuth", "BEARER")
                .formParam("quiqApiKey", "typed-quiq-key").formParam("dashbotApiKey", "typed-dashbot-key")
                .formParam("hookToken", "typed-hook").formParam("dashbotUrl", "").formParam("contactPoints", "default")
                .post(PAGE).then().statusCode(303);
        given().get(PAGE).then().statusCode(200).body(containsString("set — leave blank to keep"))
                .body(not(containsString("typed-quiq-key"))).body(not(containsString("typed-dashbot-key")))
                .body(not(containsString("typed-hook"))).body(containsString("value=\"default\" checked"));
        // a blank secret keeps the stored one; "remove" clears it
        Forms.from(PAGE).formParam("version", version()).formParam("quiqBaseUrl", "https://acme.goquiq.com")
                .formParam("quiqAuth", "BEARER").formParam("dashbotUrl", "").formParam("contactPoints", "default")
                .formParam("remove", "hookToken").post(PAGE).then().statusCode(303);
        given().get("/api/v1/integrations/dashbot").then().body("secretsSet.quiqApiKey", org.hamcrest.Matchers.is(true))
                .body("secretsSet.hookToken", org.hamcrest.Matchers.is(false)).body("enabled", org.hamcrest.Matchers.is(false));
        // a stale form is refused
        Forms.from(PAGE).formParam("version", "0").formParam("quiqBaseUrl", "https://other.goquiq.com").formParam("quiqAuth", "BEARER")
                .post(PAGE).then().statusCode(409);
    }

    @Test
    @TestSecurity(user = "ada", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "page-dashbot-backfill"))
    void backfillNamesEachBadIdAndKeepsWhatWasTyped() {
        Forms.from(PAGE).formParam("conversationIds", "cid.1, not/valid").post(PAGE + "/backfill").then().statusCode(400)
                .body(containsString("Nothing was queued")).body(containsString("“not/valid”"))
                .body(containsString("cid.1, not/valid"));
        Forms.from(PAGE).formParam("conversationIds", "cid.1\ncid.2").post(PAGE + "/backfill").then().statusCode(303);
        given().get(PAGE).then().body(containsString("<code>cid.2</code>")).body(containsString("2</span> conversations waiting"));
    }

    @Test
    @TestSecurity(user = "mo", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "page-dashbot-manager"))
    void managersReadButCannotChange() {
        given().get(PAGE).then().statusCode(200).body(not(containsString("action=\"/integrations/dashbot\"")))
                .body(not(containsString("Run now")));
    }
}
