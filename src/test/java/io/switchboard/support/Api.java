package io.switchboard.support;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** REST Assured requests to the JSON API as a user of a tenant. */
public final class Api {
    private Api() {
    }

    public static RequestSpecification as(String tenant, String username, String... roles) {
        return given().auth().oauth2(Tokens.bearer(tenant, username, roles)).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    public static RequestSpecification admin(String tenant) {
        return as(tenant, "admin-" + tenant, "admin");
    }

    /** A tenant id no other test uses, so tests never share rows. */
    public static String freshTenant() {
        return "t-" + UUID.randomUUID().toString().substring(0, 13);
    }
}
