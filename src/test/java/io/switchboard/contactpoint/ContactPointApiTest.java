package io.switchboard.contactpoint;

import static io.switchboard.support.Api.admin;
import static io.switchboard.support.Api.as;
import static io.switchboard.support.Api.freshTenant;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ContactPointApiTest {

    @Test
    void newTenantStartsWithDefaultContactPoint() {
        String tenant = freshTenant();
        admin(tenant).get("/api/v1/contact-points").then().statusCode(200)
                .body("id", contains("default")).body("label", contains("Default"));
    }

    @Test
    void createsReadsRenamesAndDeletes() {
        String tenant = freshTenant();
        admin(tenant).body(Map.of("id", "sales-en", "label", "Sales (English)")).post("/api/v1/contact-points")
                .then().statusCode(201).header("Location", containsString("/api/v1/contact-points/sales-en"))
                .body("id", is("sales-en")).body("label", is("Sales (English)"));
        admin(tenant).get("/api/v1/contact-points/sales-en").then().statusCode(200).body("label", is("Sales (English)"));
        admin(tenant).body(Map.of("label", "Sales EN")).patch("/api/v1/contact-points/sales-en")
                .then().statusCode(200).body("label", is("Sales EN"));
        admin(tenant).get("/api/v1/contact-points").then().body("id", contains("default", "sales-en"));
        admin(tenant).delete("/api/v1/contact-points/sales-en").then().statusCode(204);
        admin(tenant).get("/api/v1/contact-points/sales-en").then().statusCode(404).body("error", containsString("sales-en"));
    }

    @Test
    void refusesToDeleteTheLastContactPoint() {
        String tenant = freshTenant();
        admin(tenant).delete("/api/v1/contact-points/default").then().statusCode(409)
                .body("error", containsString("last contact point"));
        admin(tenant).get("/api/v1/contact-points").then().body("id", contains("default"));
    }

    @Test
    void rejectsBadIdsAndLabelsAndChangesNothing() {
        String tenant = freshTenant();
        for (String badId : new String[] { "A-upper", "-leading", "x", "has space", "a".repeat(64), "" }) {
            admin(tenant).body(Map.of("id", badId, "label", "ok")).post("/api/v1/contact-points")
                    .then().statusCode(400).body("details[0]", containsString("id:"));
        }
        admin(tenant).body(Map.of("id", "ok-id", "label", "x".repeat(101))).post("/api/v1/contact-points")
                .then().statusCode(400).body("details", hasItem(containsString("label: The label can be at most 100")));
        admin(tenant).body(Map.of("id", "ok-id", "label", "   ")).post("/api/v1/contact-points")
                .then().statusCode(400).body("details", hasItem(containsString("label: Enter a label")));
        admin(tenant).body(Map.of("label", "")).patch("/api/v1/contact-points/default").then().statusCode(400);
        admin(tenant).get("/api/v1/contact-points").then().body("$", hasSize(1)).body("label", contains("Default"));
    }

    @Test
    void rejectsDuplicateId() {
        String tenant = freshTenant();
        admin(tenant).body(Map.of("id", "default", "label", "Again")).post("/api/v1/contact-points")
                .then().statusCode(400).body("details[0]", containsString("already exists"));
    }

    @Test
    void acceptsIdsAtTheEdgesOfThePattern() {
        String tenant = freshTenant();
        admin(tenant).body(Map.of("id", "a1", "label", "two chars")).post("/api/v1/contact-points").then().statusCode(201);
        admin(tenant).body(Map.of("id", "9" + "-".repeat(62), "label", "63 chars")).post("/api/v1/contact-points")
                .then().statusCode(201);
        admin(tenant).body(Map.of("id", "l", "label", "x".repeat(100))).post("/api/v1/contact-points").then().statusCode(400);
        admin(tenant).body(Map.of("id", "l100", "label", "x".repeat(100))).post("/api/v1/contact-points").then().statusCode(201);
    }

    @Test
    void staleVersionIsRefusedWithWhoChangedIt() {
        String tenant = freshTenant();
        int version = admin(tenant).get("/api/v1/contact-points/default").then().extract().path("version");
        as(tenant, "carol", "admin").body(Map.of("label", "Carol's", "version", version))
                .patch("/api/v1/contact-points/default").then().statusCode(200);
        admin(tenant).body(Map.of("label", "Mine", "version", version)).patch("/api/v1/contact-points/default")
                .then().statusCode(409).body("error", containsString("changed by carol"));
        admin(tenant).get("/api/v1/contact-points/default").then().body("label", is("Carol's"));
    }

    @Test
    void otherTenantGets404() {
        String mine = freshTenant();
        String theirs = freshTenant();
        admin(theirs).body(Map.of("id", "secret", "label", "Theirs")).post("/api/v1/contact-points").then().statusCode(201);
        admin(mine).get("/api/v1/contact-points/secret").then().statusCode(404);
        admin(mine).body(Map.of("label", "Hijack")).patch("/api/v1/contact-points/secret").then().statusCode(404);
        admin(mine).delete("/api/v1/contact-points/secret").then().statusCode(404);
        admin(theirs).get("/api/v1/contact-points/secret").then().statusCode(200).body("label", is("Theirs"));
    }
}
