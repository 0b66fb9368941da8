package io.switchboard.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import io.switchboard.support.Api;
import io.switchboard.support.Tokens;
import jakarta.inject.Inject;

/** A bearer token is verified once and then known; nothing else is let through by the cache. */
@QuarkusTest
class VerifiedTokensApiTest {
    @Inject
    VerifiedTokens tokens;

    @Test
    void aVerifiedTokenIsKeptAndGivesTheSameCallerEachTime() {
        String tenant = Api.freshTenant();
        String token = Tokens.bearer(tenant, "cached-admin", "admin");
        assertThat(tokens.find(token)).isNull();
        given().auth().oauth2(token).contentType("application/json").body(Map.of("id", "one", "label", "One"))
                .post("/api/v1/contact-points").then().statusCode(201).body("updatedBy", is("cached-admin"));
        long hits = tokens.hits();
        given().auth().oauth2(token).contentType("application/json").body(Map.of("id", "two", "label", "Two"))
                .post("/api/v1/contact-points").then().statusCode(201).body("updatedBy", is("cached-admin"));
        assertThat(tokens.hits()).as("second request answered from the cache").isGreaterThan(hits);
        // another tenant's token is its own identity, never the cached one
        given().auth().oauth2(Tokens.bearer(Api.freshTenant(), "cached-admin", "admin")).get("/api/v1/contact-points/two")
                .then().statusCode(404);
        // a manager's token does not inherit the admin's roles
        given().auth().oauth2(Tokens.bearer(tenant, "cached-admin", "manager")).contentType("application/json")
                .body(Map.of("id", "three", "label", "Three")).post("/api/v1/contact-points").then().statusCode(403);
    }

    @Test
    void aTamperedCopyOfAKnownTokenIsRefused() {
        String token = Tokens.bearer(Api.freshTenant(), "tamper", "agent");
        given().auth().oauth2(token).get("/api/v1/contact-points").then().statusCode(200);
        assertThat(tokens.find(token)).isNotNull();
        char last = token.charAt(token.length() - 2);
        String tampered = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);
        given().auth().oauth2(tampered).get("/api/v1/contact-points").then().statusCode(401);
        String[] parts = token.split("\\.");
        String otherPayload = parts[0] + "." + Jwt.claims(Map.of("sub", "x", "groups", Set.of("admin"))).jws().keyId("1")
                .sign().split("\\.")[1] + "." + parts[2];
        given().auth().oauth2(otherPayload).get("/api/v1/contact-points").then().statusCode(401);
    }

    @Test
    void anExpiredTokenIsRefusedAndNotKept() {
        String expired = Jwt.preferredUserName("late").groups(Set.of("admin")).issuer("https://server.example.com")
                .issuedAt(1_000_000_000L).expiresAt(1_000_000_600L).jws().keyId("1").sign();
        given().auth().oauth2(expired).get("/api/v1/contact-points").then().statusCode(401);
        assertThat(tokens.find(expired)).isNull();
    }
}
