package io.switchboard.outbound;

import static io.switchboard.support.Api.admin;
import static io.switchboard.support.Api.as;
import static io.switchboard.support.Api.freshTenant;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RolesApiTest {

    /** Users are known from their first request, as from a first login. */
    static void signIn(String tenant, String username) {
        as(tenant, username, "agent").get("/api/v1/contact-points").then().statusCode(200);
    }

    @Test
    void everyTenantHasTheBuiltInEveryoneRole() {
        String tenant = freshTenant();
        admin(tenant).get("/api/v1/roles").then().statusCode(200).body("name", contains("Everyone"))
                .body("[0].builtIn", is(true)).body("[0].members", empty());
        admin(tenant).body(Map.of("name", "everyone")).post("/api/v1/roles").then().statusCode(409)
                .body("error", containsString("built in"));
        admin(tenant).delete("/api/v1/roles/Everyone").then().statusCode(409).body("error", containsString("built in"));
        admin(tenant).body(Map.of("users", List.of())).put("/api/v1/roles/Everyone/members").then().statusCode(409);
    }

    @Test
    void managersCreateRolesAndAssignUsersByUsername() {
        String tenant = freshTenant();
        signIn(tenant, "alice");
        signIn(tenant, "bob");
        as(tenant, "mona", "manager").body(Map.of("name", " Sales ")).post("/api/v1/roles").then().statusCode(201)
                .body("name", is("Sales")).body("builtIn", is(false)).body("createdBy", is("mona"));
        as(tenant, "mona", "manager").body(Map.of("name", "SALES")).post("/api/v1/roles").then().statusCode(409)
                .body("error", containsString("already a role “Sales”"));
        as(tenant, "mona", "manager").body(Map.of("users", List.of("bob", "alice"))).put("/api/v1/roles/sales/members")
                .then().statusCode(200).body("members", contains("alice", "bob"));
        // all or nothing: an unknown user changes nothing and is named
        as(tenant, "mona", "manager").body(Map.of("users", List.of("alice", "zed", "yan"))).put("/api/v1/roles/Sales/members")
                .then().statusCode(400).body("details", hasItem(containsString("“zed”")))
                .body("details", hasItem(containsString("“yan”")));
        admin(tenant).get("/api/v1/roles/Sales").then().body("members", contains("alice", "bob"));
        admin(tenant).get("/api/v1/audit?entity=business_role").then().body("entries.action", contains("members", "create"));
        // agents cannot manage roles
        as(tenant, "alice", "agent").get("/api/v1/roles").then().statusCode(403);
    }

    @Test
    void badRoleNamesAreRefusedAtTheField() {
        String tenant = freshTenant();
        admin(tenant).body(Map.of("name", "  ")).post("/api/v1/roles").then().statusCode(400)
                .body("details[0]", containsString("name: Give the role a name"));
        admin(tenant).body(Map.of("name", "x".repeat(41))).post("/api/v1/roles").then().statusCode(400)
                .body("details[0]", containsString("At most 40"));
        admin(tenant).body(Map.of("name", "<script>")).post("/api/v1/roles").then().statusCode(400)
                .body("details[0]", containsString("letters, digits"));
        admin(tenant).body(Map.of("name", "Sales/EMEA")).post("/api/v1/roles").then().statusCode(400);
        admin(tenant).body(Map.of("name", "x".repeat(40))).post("/api/v1/roles").then().statusCode(201);
        admin(tenant).get("/api/v1/roles").then().body("name", contains("Everyone", "x".repeat(40)));
    }

    @Test
    void deletingARoleRemovesItsGrantsAndSaysWhere() {
        String tenant = freshTenant();
        admin(tenant).body(Map.of("name", "Sales")).post("/api/v1/roles").then().statusCode(201);
        admin(tenant).body(Map.of("SEND_NOTIFICATION", List.of("sales", "Everyone")))
                .put("/api/v1/contact-points/default/outbound-roles").then().statusCode(200)
                .body("SEND_NOTIFICATION", contains("Everyone", "Sales"));
        admin(tenant).delete("/api/v1/roles/Sales").then().statusCode(200).body("outboundRolesRemovedOn", contains("default"));
        admin(tenant).get("/api/v1/contact-points/default/outbound-roles").then()
                .body("SEND_NOTIFICATION", contains("Everyone")).body("START_CONVERSATION", empty());
        admin(tenant).get("/api/v1/roles/Sales").then().statusCode(404);
    }

    @Test
    void outboundRolesAreEditedPerFunctionAndUnknownRolesChangeNothing() {
        String tenant = freshTenant();
        admin(tenant).body(Map.of("name", "Sales")).post("/api/v1/roles").then().statusCode(201);
        admin(tenant).body(Map.of("name", "Service")).post("/api/v1/roles").then().statusCode(201);
        as(tenant, "mona", "manager").body(Map.of("START_CONVERSATION", List.of("Service"),
                "SEND_NOTIFICATION", List.of("Sales", "Service"))).put("/api/v1/contact-points/default/outbound-roles")
                .then().statusCode(200).body("START_CONVERSATION", contains("Service"))
                .body("SEND_NOTIFICATION", contains("Sales", "Service"));
        // a function left out keeps its roles
        admin(tenant).body(Map.of("START_CONVERSATION", List.of("Sales"))).put("/api/v1/contact-points/default/outbound-roles")
                .then().statusCode(200).body("START_CONVERSATION", contains("Sales"))
                .body("SEND_NOTIFICATION", contains("Sales", "Service"));
        admin(tenant).body(Map.of("START_CONVERSATION", List.of("Service", "Marketing"), "SEND_EMAIL", List.of()))
                .put("/api/v1/contact-points/default/outbound-roles").then().statusCode(400)
                .body("details", hasItem(containsString("START_CONVERSATION: There is no business role “Marketing”")))
                .body("details", hasItem(containsString("SEND_EMAIL: Unknown function")));
        admin(tenant).get("/api/v1/contact-points/default/outbound-roles").then().body("START_CONVERSATION", contains("Sales"));
        admin(tenant).get("/api/v1/audit?entity=outbound_roles").then().body("total", is(2));
        as(tenant, "agent1", "agent").body(Map.of("START_CONVERSATION", List.of()))
                .put("/api/v1/contact-points/default/outbound-roles").then().statusCode(403);
    }
}
