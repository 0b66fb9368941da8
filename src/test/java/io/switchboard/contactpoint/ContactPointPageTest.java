package io.switchboard.contactpoint;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.switchboard.support.Forms;

@QuarkusTest
class ContactPointPageTest {

    @Test
    @TestSecurity(user = "pat", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "page-create"))
    void createsAContactPointAndRedirectsToIt() {
        Forms.from("/contact-points").formParam("id", "support").formParam("label", "Support")
                .post("/contact-points").then().statusCode(303)
                .header("Location", containsString("/contact-points/support"));
        given().get("/contact-points/support").then().statusCode(200)
                .body(containsString("Support")).body(containsString("General"));
        given().get("/contact-points").then().body(containsString("/contact-points/support"));
    }

    @Test
    @TestSecurity(user = "pat", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "page-bad"))
    void badInputReRendersTheFormWithFieldErrorsAndTypedValues() {
        Forms.from("/contact-points").formParam("id", "Bad Id!").formParam("label", "Keep me")
                .post("/contact-points").then().statusCode(400)
                .body(containsString("Use lowercase letters"))
                .body(containsString("value=\"Bad Id!\""))
                .body(containsString("value=\"Keep me\""))
                .body(containsString("nothing was created"));
        given().get("/contact-points").then().body(not(containsString("Keep me")));
    }

    @Test
    @TestSecurity(user = "pat", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "page-rename"))
    void renamesWithFlashMessageAndRejectsAStaleForm() {
        String page = given().get("/contact-points/default").asString();
        String version = Forms.hidden(page, "version");
        String flash = Forms.from("/contact-points/default").formParam("label", "Renamed").formParam("version", version)
                .post("/contact-points/default").then().statusCode(303).extract().cookie("sb-flash");
        given().cookie("sb-flash", flash).get("/contact-points/default").then()
                .body(containsString("Renamed")).body(containsString("Saved."));
        // The same, now stale, version again: refused with who changed it, nothing overwritten.
        Forms.from("/contact-points/default").formParam("label", "Overwrite").formParam("version", version)
                .post("/contact-points/default").then().statusCode(409)
                .body(containsString("was changed by pat"))
                .body(containsString("Reload"));
        given().get("/contact-points/default").then().body(containsString("Renamed"))
                .body(not(containsString("<h1>Overwrite")));
    }

    @Test
    @TestSecurity(user = "pat", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "page-xss"))
    void labelsAreEscaped() {
        String version = Forms.hidden(given().get("/contact-points/default").asString(), "version");
        Forms.from("/contact-points/default").formParam("label", "<script>alert(1)</script>")
                .formParam("version", version).post("/contact-points/default").then().statusCode(303);
        given().get("/contact-points/default").then()
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"))
                .body(not(containsString("<script>alert(1)</script>")));
        given().get("/contact-points").then().body(not(containsString("<script>alert(1)</script>")));
    }

    @Test
    @TestSecurity(user = "pat", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "page-delete"))
    void deletingTheLastContactPointIsRefused() {
        String version = Forms.hidden(given().get("/contact-points/default").asString(), "version");
        Forms.from("/contact-points/default").formParam("version", version)
                .post("/contact-points/default/delete").then().statusCode(409)
                .body(containsString("last contact point"));
        given().get("/contact-points/default").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "pat", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "page-delete-ok"))
    void deletesAContactPoint() {
        Forms.from("/contact-points").formParam("id", "gone").formParam("label", "Gone")
                .post("/contact-points").then().statusCode(303);
        String version = Forms.hidden(given().get("/contact-points/gone").asString(), "version");
        Forms.from("/contact-points/gone").formParam("version", version)
                .post("/contact-points/gone/delete").then().statusCode(303).header("Location", containsString("/contact-points"));
        given().get("/contact-points/gone").then().statusCode(404).body(containsString("Not found"));
    }

    @Test
    @TestSecurity(user = "pat", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "page-csrf"))
    void formPostWithoutCsrfTokenIsRejectedAndChangesNothing() {
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("id", "sneaky").formParam("label", "Sneaky")
                .post("/contact-points").then().statusCode(400).body(containsString("form has expired"));
        // A token that does not match the cookie is no better.
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .cookie("sb-csrf", "cookie-value").formParam("csrf-token", "other-value")
                .formParam("id", "sneaky").formParam("label", "Sneaky")
                .post("/contact-points").then().statusCode(400);
        given().get("/contact-points/sneaky").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "pat", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "page-other"))
    void otherTenantsContactPointIs404() {
        // "page-create" and others have their own contact points; this tenant only sees its own.
        given().get("/contact-points/support").then().statusCode(404);
        given().get("/contact-points/support/sms").then().statusCode(404);
        given().get("/contact-points/support/platforms").then().statusCode(404);
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").cookie("sb-csrf", "c")
                .formParam("csrf-token", "c").formParam("RESPONSE_TIMEOUT", "10m")
                .post("/contact-points/support/timers").then().statusCode(404);
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").cookie("sb-csrf", "c")
                .formParam("csrf-token", "c").formParam("RESPONSE_TIMEOUT", "10m")
                .post("/contact-points/support/platforms/sms/timers").then().statusCode(404);
        given().redirects().follow(false).get("/contact-points/does-not-exist").then().statusCode(404)
                .body(not(containsString("Exception")));
    }

    @Test
    @TestSecurity(user = "pat", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "page-headers"))
    void pagesCarrySecurityHeaders() {
        var response = given().get("/contact-points");
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
        assertEquals("DENY", response.header("X-Frame-Options"));
        org.hamcrest.MatcherAssert.assertThat(response.header("Content-Security-Policy"),
                containsString("frame-ancestors 'none'"));
    }

    @Test
    @TestSecurity(user = "mo", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "page-manager"))
    void managerReadsButCannotChange() {
        given().get("/contact-points").then().statusCode(200).body(not(containsString("New contact point")));
        // the General form is there for the outbound roles only: no label field, no delete
        given().get("/contact-points/default").then().statusCode(200)
                .body(containsString("<form method=\"post\" action=\"/contact-points/default\""))
                .body(containsString("name=\"START_CONVERSATION\"")).body(not(containsString("name=\"label\"")))
                .body(not(containsString("/contact-points/default/delete")));
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .cookie("sb-csrf", "same").formParam("csrf-token", "same").formParam("label", "Renamed")
                .post("/contact-points/default").then().statusCode(403);
        given().get("/contact-points/default").then().body(not(containsString("Renamed")));
        given().get("/audit").then().statusCode(200);
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .cookie("sb-csrf", "same").formParam("csrf-token", "same")
                .formParam("id", "nope").formParam("label", "Nope").post("/contact-points").then().statusCode(403);
        given().get("/contact-points/nope").then().statusCode(404);
    }
}
