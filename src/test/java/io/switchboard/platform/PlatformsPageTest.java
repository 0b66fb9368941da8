package io.switchboard.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.specification.RequestSpecification;
import io.switchboard.support.Forms;

/** The Platforms tab: sections, the workflow's buttons, 400 with typed values, 409, and platform timers. */
@QuarkusTest
class PlatformsPageTest {
    static final String TAB = "/contact-points/default/platforms";
    static final String WHATSAPP = TAB + "/whatsapp";

    static RequestSpecification whatsappRequest(String number, String waba, String version) {
        return Forms.from(TAB).formParam("action", "REQUEST").formParam("version", version)
                .formParam("phoneNumber", number).formParam("displayName", "Acme Support")
                .formParam("businessAccountId", waba);
    }

    @Test
    @TestSecurity(user = "pat", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "plat-page-show"))
    void showsEachPlatformItsStatusAndGoogleBusinessMessagesAsRetired() {
        String html = given().get(TAB).then().statusCode(200)
                .body(containsString("Apple Messages for Business")).body(containsString("Google RBM"))
                .body(containsString("WhatsApp")).body(containsString("Not requested"))
                .body(containsString("Messages for Business account ID")).body(not(containsString("RBM agent ID (with the approval)")))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("shut down by Google on 31 July 2024"));
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("<span class=\"badge status-retired\">Retired</span>"));
        // no form for the retired platform, neither its workflow nor its timers
        org.junit.jupiter.api.Assertions.assertFalse(html.contains("action=\"" + TAB + "/google-messages"));
        // the summary links to the tabs where SMS and Web Chat timers are edited; their forms left this tab
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("href=\"/contact-points/default/sms#timers\""));
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("href=\"/contact-points/default/web-chat#timers\""));
        org.junit.jupiter.api.Assertions.assertFalse(html.contains("action=\"" + TAB + "/sms/timers\""));
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("action=\"" + TAB + "/whatsapp/timers\""));
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("data-platform=\"GOOGLE_MESSAGES\""));
    }

    @Test
    @TestSecurity(user = "pat", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "plat-page-request"))
    void aRequestRedirectsAndShowsTheNumberAsE164WithTheNextActions() {
        whatsappRequest("(415) 555-0123", "102938475610293", "-1").post(WHATSAPP).then().statusCode(303)
                .header("Location", containsString(TAB + "#whatsapp"));
        given().get(TAB).then().statusCode(200).body(containsString("+14155550123"))
                .body(containsString("data-status=\"REQUESTED\""))
                .body(containsString("value=\"APPROVE\">Record approval</button>"))
                .body(containsString("value=\"WITHDRAW\"")).body(containsString("Not requested → <strong>Requested</strong>"));
        Forms.from(TAB).formParam("action", "APPROVE").formParam("version", "0").post(WHATSAPP).then().statusCode(303);
        Forms.from(TAB).formParam("action", "ENABLE").formParam("version", "1").formParam("reason", "Go live")
                .post(WHATSAPP).then().statusCode(303);
        given().get(TAB).then().body(containsString("data-status=\"ENABLED\"")).body(containsString("Go live"))
                .body(containsString("value=\"DISABLE\""));
    }

    @Test
    @TestSecurity(user = "pat", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "plat-page-bad"))
    void badDetailsReRenderWithTheTypedValuesAndEachMessage() {
        whatsappRequest("555-CALL", "12a", "-1").post(WHATSAPP).then().statusCode(400)
                .body(containsString("value=\"555-CALL\"")).body(containsString("value=\"Acme Support\""))
                .body(containsString("value=\"12a\"")).body(containsString("“555-CALL” is not a phone number."))
                .body(containsString("Please correct the fields marked below; nothing was saved."))
                .body(containsString("is not a WhatsApp Business Account ID"));
        Forms.from(TAB).formParam("action", "REQUEST").formParam("version", "-1").formParam("accountId", "nope")
                .formParam("brandName", "Acme").formParam("contactEmail", "a@acme.example")
                .post(TAB + "/apple-messages").then().statusCode(400).body(containsString("value=\"nope\""))
                .body(containsString("is not a Messages for Business account ID"));
        given().get(TAB).then().body(not(containsString("data-status=\"REQUESTED\"")));
    }

    @Test
    @TestSecurity(user = "pat", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "plat-page-conflict"))
    void refusedTransitionsAndStaleFormsAnswer409() {
        Forms.from(TAB).formParam("action", "ENABLE").formParam("version", "-1").post(TAB + "/apple-messages").then()
                .statusCode(409).body(containsString("Apple Messages for Business must be approved before it can be enabled."));
        whatsappRequest("+14155550123", "12345", "-1").post(WHATSAPP).then().statusCode(303);
        // a second tab still showing the old version
        Forms.from(TAB).formParam("action", "WITHDRAW").formParam("version", "-1").post(WHATSAPP).then().statusCode(409)
                .body(containsString("was changed by pat")).body(containsString("nothing was saved"));
        Forms.from(TAB).formParam("action", "REJECT").formParam("version", "0").formParam("reason", "")
                .post(WHATSAPP).then().statusCode(400).body(containsString("Give the reason the platform gave"));
        given().get(TAB).then().body(containsString("data-status=\"REQUESTED\""));
        Forms.from(TAB).formParam("action", "REQUEST").formParam("version", "-1").post(TAB + "/google-messages").then()
                .statusCode(409).body(containsString("shut down by Google on 31 July 2024"));
        Forms.from(TAB).formParam("action", "REQUEST").post(TAB + "/sms").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "pat", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "plat-page-timers"))
    void eachPlatformsTimersAreSavedOnItsSectionAndGoogleBusinessMessagesRefuses() {
        Forms.from(TAB).formParam("RESPONSE_TIMEOUT", "7m").formParam("version", "-1").post(WHATSAPP + "/timers").then()
                .statusCode(303).header("Location", containsString(TAB + "#whatsapp"));
        String html = given().get(TAB).then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("value=\"7m\""));
        org.junit.jupiter.api.Assertions.assertTrue(html.matches("(?s).*data-platform=\"WHATSAPP\".*?<span class=\"effective\">7m</span>"
                + " <span class=\"source source-PLATFORM\">.*"));
        Forms.from(TAB).formParam("RESPONSE_TIMEOUT", "2m").formParam("version", "0").post(WHATSAPP + "/timers").then()
                .statusCode(400).body(containsString("value=\"2m\"")).body(containsString("shorter than the Adaptive"));
        Forms.from(TAB).formParam("RESPONSE_TIMEOUT", "9m").formParam("version", "-1").post(WHATSAPP + "/timers").then()
                .statusCode(409).body(containsString("was changed by pat"));
        Forms.from(TAB).formParam("RESPONSE_TIMEOUT", "9m").formParam("version", "-1").post(TAB + "/google-messages/timers")
                .then().statusCode(409).body(containsString("was shut down; its timers cannot be changed."));
        Forms.from(TAB).formParam("RESPONSE_TIMEOUT", "9m").formParam("version", "-1").post(TAB + "/sms/timers")
                .then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "mo", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "plat-page-manager"))
    void managersReadTheTabWithoutForms() {
        io.switchboard.support.Api.admin("plat-page-manager").body(java.util.Map.of("action", "REQUEST", "details",
                java.util.Map.of("phoneNumber", "+14155550199", "displayName", "Acme", "businessAccountId", "12345")))
                .put("/api/v1/contact-points/default/platforms/WHATSAPP").then().statusCode(200);
        io.switchboard.support.Api.admin("plat-page-manager").body(java.util.Map.of("action", "REJECT", "reason", "Name"))
                .put("/api/v1/contact-points/default/platforms/WHATSAPP").then().statusCode(200);
        given().get(TAB).then().statusCode(200).body(containsString("WhatsApp"))
                .body(containsString("data-status=\"REJECTED\"")).body(containsString("<code>+14155550199</code>"))
                .body(not(containsString("action=\"" + WHATSAPP + "\""))).body(not(containsString("Submit request")));
    }
}
