package io.switchboard.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import io.switchboard.support.Api;

@QuarkusTest
class TokenClaimsTest {

    @Test
    void keycloakRealmRolesAreAccepted() {
        String tenant = Api.freshTenant();
        String token = Jwt.preferredUserName("kc-admin").subject("kc-sub")
                .claim("realm_access", Map.of("roles", List.of("admin", "offline_access")))
                .claim("tenant", tenant).issuer("https://server.example.com").expiresIn(600)
                .jws().keyId("1").sign();
        given().auth().oauth2(token).contentType("application/json").body(Map.of("id", "from-kc", "label", "KC"))
                .post("/api/v1/contact-points").then().statusCode(201);
    }

    @Test
    void tokenWithoutTenantClaimBelongsToTheDefaultTenant() {
        Api.as(null, "single", "admin").get("/api/v1/contact-points").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItem("default"));
        given().auth().oauth2(io.switchboard.support.Tokens.bearer(null, "single", "admin")).get("/")
                .then().statusCode(200).body(containsString(">default<"));
    }

    @Test
    void userIsProvisionedOnFirstRequestAndRecordedAsActor() {
        String tenant = Api.freshTenant();
        Api.as(tenant, "newbie", "admin").body(Map.of("id", "by-newbie", "label", "N")).post("/api/v1/contact-points")
                .then().statusCode(201).body("updatedBy", is("newbie"));
        Api.admin(tenant).get("/api/v1/audit?actor=newbie").then().body("entries.entityId", contains("by-newbie"));
    }

    @Test
    void pageShowsTheSignedInUserAndTenant() {
        String tenant = Api.freshTenant();
        given().auth().oauth2(io.switchboard.support.Tokens.bearer(tenant, "grace", "manager")).get("/contact-points")
                .then().statusCode(200).body(containsString(">grace<")).body(containsString(">" + tenant + "<"));
    }

    @Test
    void invalidTenantClaimIsRefused() {
        Api.as("bad tenant/../x", "eve", "admin").get("/api/v1/contact-points").then().statusCode(403);
    }
}
