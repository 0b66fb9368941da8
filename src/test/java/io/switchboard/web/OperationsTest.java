package io.switchboard.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OperationsTest {

    @Test
    void readinessChecksTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void metricsArePrometheusText() {
        given().get("/signed-out").then().statusCode(200); // at least one request to count, even when run alone
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
    }

    @Test
    void openApiDocumentsTheJsonApi() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/contact-points"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/contact-points/{id}"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/audit"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/roles"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/contact-points/{id}/outbound"))
                .body("paths", not(org.hamcrest.Matchers.hasKey("/contact-points")))
                .body("paths", not(org.hamcrest.Matchers.hasKey("/contact-points/{id}/sms")))
                .body("paths", not(org.hamcrest.Matchers.hasKey("/roles")))
                .body("paths", not(org.hamcrest.Matchers.hasKey("/send")))
                .body("paths", not(org.hamcrest.Matchers.hasKey("/settings")));
    }

    @Test
    void unknownPageIsAFriendly404() {
        given().redirects().follow(false).get("/no/such/page").then().statusCode(404)
                .body(containsString("There is nothing at this address"))
                .body(not(containsString("Exception")));
    }
}
