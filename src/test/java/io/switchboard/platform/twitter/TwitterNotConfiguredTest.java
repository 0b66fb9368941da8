package io.switchboard.platform.twitter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.switchboard.support.Forms;

/** An installation without the X app's consumer key and secret: the tab says so and which variables to set. */
@QuarkusTest
@TestProfile(TwitterNotConfiguredTest.NoXApp.class)
class TwitterNotConfiguredTest {
    public static class NoXApp implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("switchboard.twitter.consumer-key", "", "switchboard.twitter.consumer-secret", "");
        }
    }

    static final String PAGE = "/contact-points/default/twitter";

    @TwitterMock.Server
    WireMockServer x;

    @Test
    @TestSecurity(user = "ada", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "twitter-not-configured"))
    void theTabNamesTheVariablesToSetAndNothingReachesX() {
        given().get(PAGE).then().statusCode(200).body(containsString("X is not configured for this installation"))
                .body(containsString("SWITCHBOARD_TWITTER_CONSUMER_KEY and SWITCHBOARD_TWITTER_CONSUMER_SECRET"))
                .body(not(containsString("action=\"" + PAGE + "/connect\"")))
                .body(containsString("action=\"" + PAGE + "/timers\""));
        given().accept("application/json").get("/api/v1/contact-points/default/twitter").then().statusCode(200)
                .body("configured", is(false)).body("connected", is(false));
        given().accept("application/json").contentType("application/json")
                .body(Map.of("accessToken", "tok-1", "accessTokenSecret", "sec-1"))
                .put("/api/v1/contact-points/default/twitter").then().statusCode(409)
                .body("error", containsString("set SWITCHBOARD_TWITTER_CONSUMER_KEY and SWITCHBOARD_TWITTER_CONSUMER_SECRET"));
        Forms.from(PAGE).formParam("accessToken", "tok-1").formParam("accessTokenSecret", "sec-1").post(PAGE + "/connect")
                .then().statusCode(409).body(containsString("X is not configured for this installation"));
        x.verify(0, WireMock.getRequestedFor(WireMock.urlPathEqualTo(XStubs.VERIFY))
                .withHeader("Authorization", WireMock.containing("oauth_token=\"tok-1\"")));
    }
}
