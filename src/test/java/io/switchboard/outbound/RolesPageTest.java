package io.switchboard.outbound;

import static io.restassured.RestAssured.given;
import static io.switchboard.support.Api.admin;
import static io.switchboard.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.switchboard.support.Forms;

/** A manager creates roles and assigns users on /roles; the General tab saves outbound roles. */
@QuarkusTest
class RolesPageTest {
    static String version(String page) {
        return Forms.hidden(given().get(page).asString(), "version");
    }

    static String flash(String cookie) {
        return URLDecoder.decode(cookie, StandardCharsets.UTF_8);
    }

    @Test
    @TestSecurity(user = "mona", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "page-roles"))
    void aManagerCreatesARoleFindsAUserAndAssignsThem() {
        as("page-roles", "alice", "agent").get("/api/v1/contact-points").then().statusCode(200);
        as("page-roles", "albert", "agent").get("/api/v1/contact-points").then().statusCode(200);
        Forms.from("/roles").formParam("name", "  ").post("/roles").then().statusCode(400)
                .body(containsString("Give the role a name"));
        String location = Forms.from("/roles").formParam("name", "Team leads").post("/roles").then().statusCode(303)
                .extract().header("Location");
        org.assertj.core.api.Assertions.assertThat(location).endsWith("/roles/Team%20leads"); // REST Assured encodes spaces below
        Forms.from("/roles").formParam("name", "team LEADS").post("/roles").then().statusCode(409)
                .body(containsString("already a role “Team leads”"));
        given().get("/roles/Team leads?q=ALI").then().statusCode(200).body(containsString("Nobody is in Team leads yet"))
                .body(containsString("<strong>alice</strong>")).body(not(containsString("<strong>albert</strong>")));
        String added = Forms.from("/roles/Team leads").formParam("username", "alice").formParam("q", "ali")
                .post("/roles/Team leads/members").then().statusCode(303).extract().cookie("sb-flash");
        given().cookie("sb-flash", added).get("/roles/Team leads").then()
                .body(containsString("alice added to Team leads.")).body(containsString("table class=\"grid members\""));
        admin("page-roles").get("/api/v1/roles/Team leads").then().body("members", org.hamcrest.Matchers.contains("alice"));
        Forms.from("/roles/Team leads").post("/roles/Team leads/members/alice/delete").then().statusCode(303);
        admin("page-roles").get("/api/v1/roles/Team leads").then().body("members", org.hamcrest.Matchers.empty());
        given().get("/roles").then().body(containsString("Team leads")).body(containsString("every user"));
    }

    @Test
    @TestSecurity(user = "mona", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "page-outbound-roles"))
    void aManagerSavesOutboundRolesOnTheGeneralTab() {
        admin("page-outbound-roles").body(Map.of("name", "Sales")).post("/api/v1/roles").then().statusCode(201);
        String cp = "/contact-points/default";
        String seen = version(cp);
        Forms.from(cp).formParam("version", seen).formParam("outboundRoles", "1").formParam("SEND_NOTIFICATION", "Sales")
                .formParam("SEND_NOTIFICATION", "Everyone").post(cp).then().statusCode(303);
        admin("page-outbound-roles").get("/api/v1/contact-points/default/outbound-roles").then()
                .body("SEND_NOTIFICATION", org.hamcrest.Matchers.contains("Everyone", "Sales"))
                .body("START_CONVERSATION", org.hamcrest.Matchers.empty());
        given().get(cp).then().body(containsString("value=\"Sales\" checked"));
        // a form open since before that save is stale: refused, nothing overwritten
        Forms.from(cp).formParam("version", seen).formParam("outboundRoles", "1").post(cp).then().statusCode(409)
                .body(containsString("mona"));
        // a role deleted meanwhile: refused at the function, nothing saved
        Forms.from(cp).formParam("version", version(cp)).formParam("outboundRoles", "1")
                .formParam("START_CONVERSATION", "Ghosts").post(cp).then()
                .statusCode(400).body(containsString("There is no business role “Ghosts”"));
        admin("page-outbound-roles").get("/api/v1/contact-points/default/outbound-roles").then()
                .body("START_CONVERSATION", org.hamcrest.Matchers.empty())
                .body("SEND_NOTIFICATION", org.hamcrest.Matchers.contains("Everyone", "Sales"));
        // unticking everything clears a function
        Forms.from(cp).formParam("version", version(cp)).formParam("outboundRoles", "1").post(cp).then().statusCode(303);
        admin("page-outbound-roles").get("/api/v1/contact-points/default/outbound-roles").then()
                .body("SEND_NOTIFICATION", org.hamcrest.Matchers.empty());
        admin("page-outbound-roles").get("/api/v1/audit?entity=outbound_roles").then().body("total", org.hamcrest.Matchers.is(2));
    }
}
