package io.switchboard.outbound;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.switchboard.support.Forms;

/** The agent's send page: why not, and bad input at its field with what was typed kept. */
@QuarkusTest
class SendPageTest {
    @Test
    @TestSecurity(user = "ann", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "page-send"))
    void showsWhyNotAndRefusesBadInputAtTheField() {
        given().get("/send").then().statusCode(200).body(containsString("Your business roles"))
                .body(containsString("may not send notifications on Default: no role is allowed to yet"))
                .body(containsString("Default (not allowed)"));
        Forms.from("/send").formParam("contactPoint", "").formParam("function", "SEND_NOTIFICATION")
                .formParam("to", "12ab").formParam("text", "Hello there").post("/send").then().statusCode(400)
                .body(containsString("Choose the contact point to send from."))
                .body(containsString("Hello there"));
        Forms.from("/send").formParam("contactPoint", "default").formParam("function", "SEND_NOTIFICATION")
                .formParam("to", "12ab").formParam("text", "").post("/send").then().statusCode(400)
                .body(containsString("value=\"12ab\"")).body(containsString("Write the message."));
        Forms.from("/send").formParam("contactPoint", "default").formParam("function", "SEND_NOTIFICATION")
                .formParam("to", "+14155550100").formParam("text", "Hi").post("/send").then().statusCode(403)
                .body(containsString("id=\"refused\""));
        Forms.from("/send").formParam("contactPoint", "gone").formParam("function", "SEND_NOTIFICATION")
                .formParam("to", "+14155550100").formParam("text", "Hi").post("/send").then().statusCode(404)
                .body(containsString("There is no contact point"));
    }
}
