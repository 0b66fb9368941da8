package io.switchboard.tenant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.switchboard.support.Forms;

@QuarkusTest
class TenantPageTest {

    @Test
    @TestSecurity(user = "pat", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "page-settings"))
    void savesKeywordsAsTypedAndRefusesBadOnesAtTheField() {
        String page = given().get("/settings").then().statusCode(200)
                .body(containsString("STOP, STOPALL, UNSUBSCRIBE")).extract().asString();
        String version = Forms.hidden(page, "version");
        Forms.from("/settings").formParam("name", "Acme").formParam("timeZone", "America/New_York")
                .formParam("defaultRegion", "us").formParam("optOutKeywords", "stop, arret\nquit")
                .formParam("optInKeywords", "start").formParam("helpKeywords", "help").formParam("version", version)
                .post("/settings").then().statusCode(303);
        given().get("/settings").then().body(containsString("STOP, ARRET, QUIT")).body(containsString("America/New_York"));
        String v2 = Forms.hidden(given().get("/settings").asString(), "version");
        Forms.from("/settings").formParam("name", "Acme").formParam("timeZone", "Nowhere")
                .formParam("defaultRegion", "US").formParam("optOutKeywords", "stop")
                .formParam("optInKeywords", "stop").formParam("helpKeywords", "").formParam("version", v2)
                .post("/settings").then().statusCode(400)
                .body(containsString("nothing was saved"))
                .body(containsString("is not a named time zone"))
                .body(containsString("STOP"));
        given().get("/settings").then().body(containsString("STOP, ARRET, QUIT"));
    }

    @Test
    @TestSecurity(user = "mia", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "page-settings-manager"))
    void managersReadSettingsWithoutAForm() {
        given().get("/settings").then().statusCode(200).body(containsString("Opt-out keywords"))
                .body(not(containsString("<form method=\"post\" action=\"/settings\"")));
    }
}
