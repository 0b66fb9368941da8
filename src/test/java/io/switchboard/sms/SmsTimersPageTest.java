package io.switchboard.sms;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.switchboard.support.Forms;

/** The SMS platform's timer overrides live on the SMS tab. */
@QuarkusTest
class SmsTimersPageTest {
    static final String TAB = "/contact-points/default/sms";

    @Test
    @TestSecurity(user = "pat", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "sms-timers-save"))
    void savesAndClearsAnOverrideOnTheSmsTab() {
        String html = given().get(TAB).then().statusCode(200).body(containsString("SMS timers"))
                .body(containsString("action=\"" + TAB + "/timers\"")).extract().asString();
        String version = Forms.hidden(html, TAB + "/timers", "version");
        Forms.from(TAB).formParam("RESPONSE_TIMEOUT", "7m 30s").formParam("version", version).post(TAB + "/timers").then()
                .statusCode(303).header("Location", containsString(TAB + "#timers"));
        given().get(TAB).then().body(containsString("value=\"7m 30s\"")).body(containsString("source-PLATFORM"));
        given().get("/api/v1/contact-points/default/timers?platform=SMS").then().statusCode(200);
        Forms.from(TAB).formParam("clear", "RESPONSE_TIMEOUT").formParam("version", "0").post(TAB + "/timers").then()
                .statusCode(303);
        given().get(TAB).then().body(not(containsString("value=\"7m 30s\"")));
    }

    @Test
    @TestSecurity(user = "pat", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "sms-timers-bad"))
    void badOrStaleInputReRendersTheSmsTab() {
        Forms.from(TAB).formParam("RESPONSE_TIMEOUT", "soon").formParam("INACTIVE_TIME", "2h").formParam("version", "-1")
                .post(TAB + "/timers").then().statusCode(400).body(containsString("Numbers"))
                .body(containsString("value=\"soon\"")).body(containsString("value=\"2h\""))
                .body(containsString("“soon” is not a duration"));
        Forms.from(TAB).formParam("RESPONSE_TIMEOUT", "8m").formParam("version", "-1").post(TAB + "/timers").then()
                .statusCode(303);
        Forms.from(TAB).formParam("RESPONSE_TIMEOUT", "9m").formParam("version", "-1").post(TAB + "/timers").then()
                .statusCode(409).body(containsString("was changed by pat")).body(containsString("value=\"9m\""));
        given().get(TAB).then().body(containsString("value=\"8m\""));
    }

    @Test
    @TestSecurity(user = "mo", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "sms-timers-manager"))
    void managersSeeTheTimersWithoutAForm() {
        given().get(TAB).then().statusCode(200).body(containsString("SMS timers"))
                .body(not(containsString("action=\"" + TAB + "/timers\"")));
    }
}
