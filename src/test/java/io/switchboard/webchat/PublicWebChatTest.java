package io.switchboard.webchat;

import static io.restassured.RestAssured.given;
import static io.switchboard.support.Api.admin;
import static io.switchboard.support.Api.freshTenant;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The public config: origin checks, CORS, frame-ancestors, ETag; welcome submissions checked field by field. */
@QuarkusTest
class PublicWebChatTest {
    static String configured(List<String> domains) {
        String tenant = freshTenant();
        admin(tenant).body(Map.of("enabled", true, "whitelistedDomains", domains, "welcomeForm", Map.of("headerText", "Hi",
                "fields", List.of(Map.of("id", "firstName", "type", "text", "label", "First name", "required", true),
                        Map.of("id", "email", "type", "email", "label", "Email", "required", false),
                        Map.of("id", "topic", "type", "select", "label", "Topic", "required", true, "options",
                                List.of("Orders", "Returns"))))))
                .put("/api/v1/contact-points/default/web-chat").then().statusCode(200);
        return "/api/v1/webchat/" + tenant + "/default";
    }

    @Test
    void onlyWhitelistedSitesGetTheConfigWithCorsFrameAncestorsAndAnEtag() {
        String base = configured(List.of("shop.example.com", "*.example.org"));
        String etag = given().header("Origin", "https://shop.example.com").get(base + "/config").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://shop.example.com")
                .header("Content-Security-Policy", "frame-ancestors shop.example.com *.example.org")
                .header("Vary", containsString("Origin"))
                .body("enabled", is(true)).body("welcomeForm.fields[2].options[1]", is("Returns"))
                .body("status.available", is(false)).body("flags.emojis", is(true))
                .body("version", nullValue()).body("updatedBy", nullValue())
                .body(not(containsString("whitelistedDomains")))
                .extract().header("ETag");
        given().header("Origin", "https://shop.example.com").header("If-None-Match", etag).get(base + "/config").then()
                .statusCode(304);
        var headers = given().header("Referer", "https://a.example.org/products/1").get(base + "/config").then()
                .statusCode(200).extract().headers();
        org.assertj.core.api.Assertions.assertThat(headers.getValues("Content-Security-Policy"))
                .as("the app's default frame-ancestors 'none' must not be sent as well")
                .containsExactly("frame-ancestors shop.example.com *.example.org");
        given().header("Origin", "https://shop.example.com.evil.io").get(base + "/config").then().statusCode(403)
                .body("error", containsString("matches no whitelisted domain"));
        given().get(base + "/config").then().statusCode(403).body("error", containsString("names no site"));
        given().header("Origin", "https://shop.example.com").get("/api/v1/webchat/nobody/default/config").then().statusCode(404);
    }

    @Test
    void withoutAWhitelistEverySiteMayEmbedIt() {
        String base = configured(List.of());
        given().get(base + "/config").then().statusCode(200).header("Access-Control-Allow-Origin", "*")
                .header("Content-Security-Policy", "frame-ancestors *");
    }

    @Test
    void welcomeSubmissionsAreCheckedAgainstTheForm() {
        String base = configured(List.of("shop.example.com"));
        given().header("Origin", "https://shop.example.com").contentType("application/json")
                .body(Map.of("fields", Map.of("email", "not-an-email", "topic", "Billing", "shoeSize", "44")))
                .post(base + "/welcome").then().statusCode(400)
                .body("details", hasItem("firstName: First name is required."))
                .body("details", hasItem(containsString("email: Email: an email address")))
                .body("details", hasItem("topic: Topic: one of Orders, Returns."))
                .body("details", hasItem(containsString("shoeSize: This form has no field")));
        given().header("Origin", "https://shop.example.com").contentType("application/json")
                .body(Map.of("fields", Map.of("firstName", "Ada", "topic", "Orders"))).post(base + "/welcome").then()
                .statusCode(204);
        given().header("Origin", "https://evil.io").contentType("application/json")
                .body(Map.of("fields", Map.of("firstName", "Ada", "topic", "Orders"))).post(base + "/welcome").then()
                .statusCode(403);
    }
}
