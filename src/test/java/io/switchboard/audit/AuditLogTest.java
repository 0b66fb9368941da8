package io.switchboard.audit;

import static io.restassured.RestAssured.given;
import static io.switchboard.support.Api.admin;
import static io.switchboard.support.Api.as;
import static io.switchboard.support.Api.freshTenant;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.support.Tokens;

@QuarkusTest
class AuditLogTest {

    @Test
    void recordsEveryContactPointChangeWithActorAndBeforeAfter() {
        String tenant = freshTenant();
        as(tenant, "alice", "admin").body(Map.of("id", "sales", "label", "Sales")).post("/api/v1/contact-points")
                .then().statusCode(201);
        as(tenant, "bob", "admin").body(Map.of("label", "Sales EN")).patch("/api/v1/contact-points/sales")
                .then().statusCode(200);
        as(tenant, "alice", "admin").delete("/api/v1/contact-points/sales").then().statusCode(204);

        admin(tenant).get("/api/v1/audit?entity=contact_point&entityId=sales").then().statusCode(200)
                .body("total", is(3))
                .body("entries[0].action", is("delete")).body("entries[0].actor", is("alice"))
                .body("entries[0].before.label", is("Sales EN")).body("entries[0].after", nullValue())
                .body("entries[1].action", is("update")).body("entries[1].actor", is("bob"))
                .body("entries[1].before.label", is("Sales")).body("entries[1].after.label", is("Sales EN"))
                .body("entries[2].action", is("create")).body("entries[2].before", nullValue());
        admin(tenant).get("/api/v1/audit?actor=bob").then().body("total", is(1)).body("entries.actor", everyItem(is("bob")));
    }

    @Test
    void failedChangesLeaveNoAuditRow() {
        String tenant = freshTenant();
        admin(tenant).body(Map.of("id", "BAD", "label", "x")).post("/api/v1/contact-points").then().statusCode(400);
        admin(tenant).delete("/api/v1/contact-points/default").then().statusCode(409);
        // Only the tenant's default contact point, created by the system, is in the log.
        admin(tenant).get("/api/v1/audit").then().body("total", is(1)).body("entries[0].actor", is("system"));
    }

    @Test
    void auditIsPerTenant() {
        String mine = freshTenant();
        String theirs = freshTenant();
        admin(theirs).body(Map.of("id", "hidden", "label", "Hidden")).post("/api/v1/contact-points").then().statusCode(201);
        admin(mine).get("/api/v1/audit?entityId=hidden").then().body("total", is(0));
        admin(mine).get("/api/v1/audit").then().body("entries.entityId", not(hasItem("hidden")));
    }

    @Test
    void auditPageFiltersAndExportsCsv() {
        String tenant = freshTenant();
        admin(tenant).body(Map.of("id", "csv-cp", "label", "Comma, \"quoted\"")).post("/api/v1/contact-points")
                .then().statusCode(201);
        String token = Tokens.bearer(tenant, "admin-" + tenant, "admin");
        given().auth().oauth2(token).get("/audit?entityId=csv-cp").then().statusCode(200)
                .body(containsString("csv-cp")).body(containsString("1 event"));
        String csv = given().auth().oauth2(token).get("/audit/export.csv?entityId=csv-cp").then().statusCode(200)
                .contentType(containsString("text/csv")).header("Content-Disposition", containsString("audit-log.csv"))
                .extract().asString();
        org.hamcrest.MatcherAssert.assertThat(csv, containsString("at,actor,entity_type,entity_id,action,before,after"));
        org.hamcrest.MatcherAssert.assertThat(csv, containsString("contact_point,csv-cp,create"));
        // The export itself is audited.
        admin(tenant).get("/api/v1/audit?entity=audit_log").then().body("total", is(1))
                .body("entries[0].after.rows", is(1));
    }
}
