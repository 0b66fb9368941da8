package io.switchboard.webchat;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.switchboard.support.Forms;

/** The Web Chat platform's timer overrides live on the Web Chat tab. */
@QuarkusTest
class WebChatTimersPageTest {
    static final String TAB = "/contact-points/default/web-chat";

    @Test
    @TestSecurity(user = "pat", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "chat-timers-save"))
    void savesAnOverrideOnTheWebChatTab() {
        given().get(TAB).then().statusCode(200).body(containsString("Web Chat timers"))
                .body(containsString("action=\"" + TAB + "/timers\""));
        Forms.from(TAB).formParam("CLOSE_TIME", "6h").formParam("version", "-1").post(TAB + "/timers").then()
                .statusCode(303).header("Location", containsString(TAB + "#timers"));
        given().get(TAB).then().body(containsString("value=\"6h\"")).body(containsString("source-PLATFORM"));
        given().get("/contact-points/default/platforms").then()
                .body(containsString("href=\"/contact-points/default/web-chat#timers\""));
    }

    @Test
    @TestSecurity(user = "pat", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "chat-timers-bad"))
    void badOrStaleInputReRendersTheWebChatTab() {
        Forms.from(TAB).formParam("RESPONSE_TIMEOUT", "31d").formParam("version", "-1").post(TAB + "/timers").then()
                .statusCode(400).body(containsString("Settings")).body(containsString("value=\"31d\""));
        Forms.from(TAB).formParam("RESPONSE_TIMEOUT", "10m").formParam("version", "-1").post(TAB + "/timers").then()
                .statusCode(303);
        Forms.from(TAB).formParam("RESPONSE_TIMEOUT", "11m").formParam("version", "-1").post(TAB + "/timers").then()
                .statusCode(409).body(containsString("was changed by pat")).body(containsString("value=\"11m\""));
        given().get(TAB).then().body(containsString("value=\"10m\"")).body(not(containsString("value=\"11m\"")));
    }
}
