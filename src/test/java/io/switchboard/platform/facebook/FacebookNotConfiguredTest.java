package io.switchboard.platform.facebook;

import static io.restassured.RestAssured.given;
import static io.switchboard.support.Api.admin;
import static io.switchboard.support.Api.freshTenant;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.switchboard.support.Tokens;

/** An installation without a Facebook app: the tab says so and which variables to set; nothing fails. */
@QuarkusTest
@TestProfile(FacebookNotConfiguredTest.NoApp.class)
class FacebookNotConfiguredTest {
    public static class NoApp implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("switchboard.facebook.app-id", "", "switchboard.facebook.app-secret", "");
        }
    }

    @Test
    void theTabAndTheApiSayWhatToConfigure() {
        String tenant = freshTenant();
        given().auth().oauth2(Tokens.bearer(tenant, "ada", "admin")).get("/contact-points/default/facebook").then()
                .statusCode(200).body(containsString("Facebook is not configured for this installation"))
                .body(containsString("SWITCHBOARD_FACEBOOK_APP_ID")).body(containsString("SWITCHBOARD_FACEBOOK_APP_SECRET"))
                .body(not(containsString("name=\"userAccessToken\""))).body(containsString("Facebook Messenger timers"));
        admin(tenant).get("/api/v1/contact-points/default/facebook").then().statusCode(200).body("configured", is(false))
                .body("connected", is(false));
        admin(tenant).body(Map.of("userAccessToken", "EAAx", "pageUrl", "https://www.facebook.com/AcmeSupport"))
                .put("/api/v1/contact-points/default/facebook").then().statusCode(409)
                .body("error", containsString("Facebook is not configured for this installation: set SWITCHBOARD_FACEBOOK_APP_ID"));
    }
}
