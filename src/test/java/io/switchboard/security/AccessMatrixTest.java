package io.switchboard.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.switchboard.support.Api;

/** Every page and endpoint: anonymous → login redirect or 401; wrong role → 403. */
@QuarkusTest
class AccessMatrixTest {
    record Route(String method, String path, List<String> allowed, String contentType) {
        Route(String method, String path, List<String> allowed) {
            this(method, path, allowed, "application/json");
        }
    }

    static final List<String> ALL = List.of("admin", "manager", "agent", "integration");
    static final List<String> SETTINGS_READERS = List.of("admin", "manager");
    static final List<String> ADMIN = List.of("admin");

    static final List<Route> PAGES = List.of(
            new Route("GET", "/", ALL),
            new Route("GET", "/contact-points", SETTINGS_READERS),
            new Route("POST", "/contact-points", ADMIN),
            new Route("GET", "/contact-points/default", SETTINGS_READERS),
            new Route("POST", "/contact-points/default", SETTINGS_READERS),
            new Route("POST", "/contact-points/default/delete", ADMIN),
            new Route("GET", "/contact-points/default/sms", SETTINGS_READERS),
            new Route("POST", "/contact-points/default/sms/numbers", ADMIN),
            new Route("POST", "/contact-points/default/sms/numbers/+14155550100/delete", ADMIN),
            new Route("POST", "/contact-points/default/sms/stop-list", ADMIN),
            new Route("GET", "/contact-points/default/sms/stop-list/+14155550100", SETTINGS_READERS),
            new Route("POST", "/contact-points/default/sms/stop-list/import", ADMIN, "multipart/form-data"),
            new Route("POST", "/contact-points/default/sms/reviews/1/apply", ADMIN),
            new Route("POST", "/contact-points/default/sms/reviews/1/dismiss", ADMIN),
            new Route("GET", "/contact-points/default/facebook", SETTINGS_READERS),
            new Route("POST", "/contact-points/default/facebook", ADMIN),
            new Route("POST", "/contact-points/default/facebook/check", ADMIN),
            new Route("POST", "/contact-points/default/facebook/subscribe", ADMIN),
            new Route("POST", "/contact-points/default/facebook/disconnect", ADMIN),
            new Route("POST", "/contact-points/default/facebook/timers", ADMIN),
            new Route("GET", "/contact-points/default/web-chat", SETTINGS_READERS),
            new Route("POST", "/contact-points/default/web-chat", ADMIN),
            new Route("POST", "/contact-points/default/web-chat/welcome/add", ADMIN),
            new Route("POST", "/contact-points/default/web-chat/welcome/0/up", ADMIN),
            new Route("POST", "/contact-points/default/web-chat/rules/add", ADMIN),
            new Route("POST", "/contact-points/default/web-chat/rules/0/remove", ADMIN),
            new Route("POST", "/contact-points/default/web-chat/menu/add", ADMIN),
            new Route("GET", "/contact-points/default/twitter", SETTINGS_READERS),
            new Route("POST", "/contact-points/default/twitter/connect", ADMIN),
            new Route("POST", "/contact-points/default/twitter/check", ADMIN),
            new Route("POST", "/contact-points/default/twitter/disconnect", ADMIN),
            new Route("POST", "/contact-points/default/twitter/timers", ADMIN),
            new Route("GET", "/settings", SETTINGS_READERS),
            new Route("POST", "/settings", ADMIN),
            new Route("GET", "/timers", SETTINGS_READERS),
            new Route("POST", "/timers", ADMIN),
            new Route("GET", "/timers/matrix", SETTINGS_READERS),
            new Route("POST", "/contact-points/default/timers", ADMIN),
            new Route("GET", "/contact-points/default/platforms", SETTINGS_READERS),
            new Route("POST", "/contact-points/default/platforms/sms/timers", ADMIN),
            new Route("POST", "/contact-points/default/platforms/whatsapp", ADMIN),
            new Route("POST", "/contact-points/default/platforms/whatsapp/timers", ADMIN),
            new Route("POST", "/contact-points/default/sms/timers", ADMIN),
            new Route("POST", "/contact-points/default/web-chat/timers", ADMIN),
            new Route("GET", "/roles", SETTINGS_READERS),
            new Route("POST", "/roles", SETTINGS_READERS),
            new Route("GET", "/roles/Everyone", SETTINGS_READERS),
            new Route("POST", "/roles/Everyone/members", SETTINGS_READERS),
            new Route("POST", "/roles/Everyone/members/someone/delete", SETTINGS_READERS),
            new Route("POST", "/roles/Everyone/delete", SETTINGS_READERS),
            new Route("GET", "/send", List.of("admin", "manager", "agent")),
            new Route("POST", "/send", List.of("admin", "manager", "agent")),
            new Route("GET", "/integrations/dashbot", SETTINGS_READERS),
            new Route("POST", "/integrations/dashbot", ADMIN),
            new Route("POST", "/integrations/dashbot/test", ADMIN),
            new Route("POST", "/integrations/dashbot/backfill", ADMIN),
            new Route("POST", "/integrations/dashbot/run", ADMIN),
            new Route("POST", "/integrations/dashbot/retry", ADMIN),
            new Route("GET", "/audit", SETTINGS_READERS),
            new Route("GET", "/audit/export.csv", SETTINGS_READERS));

    static final List<Route> API = List.of(
            new Route("GET", "/api/v1/contact-points", ALL),
            new Route("POST", "/api/v1/contact-points", ADMIN),
            new Route("GET", "/api/v1/contact-points/default", ALL),
            new Route("PATCH", "/api/v1/contact-points/default", ADMIN),
            new Route("DELETE", "/api/v1/contact-points/default", ADMIN),
            new Route("GET", "/api/v1/audit", SETTINGS_READERS),
            new Route("GET", "/api/v1/timers", SETTINGS_READERS),
            new Route("PUT", "/api/v1/timers", ADMIN),
            new Route("GET", "/api/v1/contact-points/default/timers", ALL),
            new Route("PUT", "/api/v1/contact-points/default/timers?platform=SMS", ADMIN),
            new Route("GET", "/api/v1/contact-points/default/platforms", SETTINGS_READERS),
            new Route("GET", "/api/v1/contact-points/default/platforms/WHATSAPP", SETTINGS_READERS),
            new Route("PUT", "/api/v1/contact-points/default/platforms/WHATSAPP", ADMIN),
            new Route("GET", "/api/v1/contact-points/default/sms-numbers", ALL),
            new Route("POST", "/api/v1/contact-points/default/sms-numbers", ADMIN),
            new Route("DELETE", "/api/v1/contact-points/default/sms-numbers/+14155550100", ADMIN),
            new Route("GET", "/api/v1/contact-points/default/facebook", SETTINGS_READERS),
            new Route("PUT", "/api/v1/contact-points/default/facebook", ADMIN),
            new Route("POST", "/api/v1/contact-points/default/facebook/check", ADMIN),
            new Route("POST", "/api/v1/contact-points/default/facebook/subscribe", ADMIN),
            new Route("DELETE", "/api/v1/contact-points/default/facebook", ADMIN),
            new Route("GET", "/api/v1/contact-points/default/stop-list", List.of("admin", "manager", "integration")),
            new Route("POST", "/api/v1/contact-points/default/stop-list", List.of("admin", "integration")),
            new Route("GET", "/api/v1/contact-points/default/stop-list/+14155550100", ALL),
            new Route("POST", "/api/v1/contact-points/default/stop-list/import", List.of("admin", "integration"),
                    "text/csv"),
            new Route("GET", "/api/v1/contact-points/default/stop-list/+14155550100/history",
                    List.of("admin", "manager", "integration")),
            new Route("GET", "/api/v1/contact-points/default/stop-list/reviews", SETTINGS_READERS),
            new Route("POST", "/api/v1/contact-points/default/stop-list/reviews/1/apply", ADMIN),
            new Route("POST", "/api/v1/contact-points/default/stop-list/reviews/1/dismiss", ADMIN),
            new Route("GET", "/api/v1/stop-list/export.csv", ADMIN),
            new Route("GET", "/api/v1/contact-points/default/web-chat", SETTINGS_READERS),
            new Route("PUT", "/api/v1/contact-points/default/web-chat", ADMIN),
            new Route("PUT", "/api/v1/contact-points/default/live-stats", List.of("admin", "agent", "integration")),
            new Route("GET", "/api/v1/contact-points/default/web-chat/status", ALL),
            new Route("GET", "/api/v1/contact-points/default/twitter", SETTINGS_READERS),
            new Route("PUT", "/api/v1/contact-points/default/twitter", ADMIN),
            new Route("POST", "/api/v1/contact-points/default/twitter/check", ADMIN),
            new Route("DELETE", "/api/v1/contact-points/default/twitter", ADMIN),
            new Route("GET", "/api/v1/integrations/dashbot", SETTINGS_READERS),
            new Route("PUT", "/api/v1/integrations/dashbot", ADMIN),
            new Route("POST", "/api/v1/integrations/dashbot/backfill", ADMIN),
            new Route("GET", "/api/v1/integrations/dashbot/status", SETTINGS_READERS),
            new Route("POST", "/api/v1/integrations/dashbot/run", ADMIN),
            new Route("GET", "/api/v1/roles", SETTINGS_READERS),
            new Route("POST", "/api/v1/roles", SETTINGS_READERS),
            new Route("GET", "/api/v1/roles/Everyone", SETTINGS_READERS),
            new Route("PUT", "/api/v1/roles/Everyone/members", SETTINGS_READERS),
            new Route("DELETE", "/api/v1/roles/Everyone", SETTINGS_READERS),
            new Route("GET", "/api/v1/contact-points/default/outbound-roles", ALL),
            new Route("PUT", "/api/v1/contact-points/default/outbound-roles", SETTINGS_READERS),
            new Route("POST", "/api/v1/contact-points/default/outbound", ALL),
            new Route("GET", "/api/v1/contact-points/default/outbound", SETTINGS_READERS),
            new Route("POST", "/api/v1/inbound/sms", List.of("admin", "agent", "integration")),
            new Route("GET", "/api/v1/tenant", ADMIN),
            new Route("PUT", "/api/v1/tenant", ADMIN));

    /** A page request as a browser sends it: a POST carries a valid CSRF cookie and field, url-encoded or multipart. */
    static RequestSpecification withForm(RequestSpecification spec, Route r) {
        if (!r.method().equals("POST")) {
            return spec.contentType("text/html");
        }
        spec = spec.cookie("sb-csrf", "t");
        return r.contentType().startsWith("multipart/") ? spec.multiPart("csrf-token", "t").multiPart("label", "x")
                : spec.contentType("application/x-www-form-urlencoded").formParams(Map.of("csrf-token", "t", "label", "x"));
    }

    @Test
    void anonymousBrowserIsSentToLogin() {
        for (Route r : PAGES) {
            withForm(given().redirects().follow(false), r).request(r.method(), r.path()).then()
                    .statusCode(302).header("Location", containsString("/auth/realms/quarkus"));
        }
    }

    @Test
    void anonymousApiCallGets401WithABearerChallenge() {
        for (Route r : API) {
            given().redirects().follow(false).contentType(r.contentType()).body("{}").request(r.method(), r.path())
                    .then().statusCode(401).header("WWW-Authenticate", is("Bearer"));
        }
    }

    @Test
    void invalidBearerTokenIs401() {
        given().auth().oauth2("not-a-token").get("/api/v1/contact-points").then().statusCode(401);
    }

    @Test
    void wrongRoleGets403OnPages() {
        String tenant = Api.freshTenant();
        for (String role : ALL) {
            String token = io.switchboard.support.Tokens.bearer(tenant, "u-" + role, role);
            for (Route r : PAGES) {
                if (r.allowed().contains(role)) {
                    continue;
                }
                var response = withForm(given().redirects().follow(false).auth().oauth2(token), r)
                        .request(r.method(), r.path());
                assertEquals(403, response.statusCode(), r.method() + " " + r.path() + " as " + role);
            }
        }
    }

    @Test
    void allowedRolesGetThePages() {
        String tenant = Api.freshTenant();
        for (String role : ALL) {
            String token = io.switchboard.support.Tokens.bearer(tenant, "u-" + role, role);
            for (Route r : PAGES) {
                if (r.allowed().contains(role) && r.method().equals("GET")) {
                    int status = given().redirects().follow(false).auth().oauth2(token).get(r.path()).statusCode();
                    assertEquals(200, status, "GET " + r.path() + " as " + role);
                }
            }
        }
    }

    @Test
    void wrongRoleGets403OnTheApi() {
        String tenant = Api.freshTenant();
        for (String role : ALL) {
            for (Route r : API) {
                if (r.allowed().contains(role)) {
                    continue;
                }
                var response = Api.as(tenant, "u-" + role, role).accept("*/*").contentType(r.contentType()).body("{\"label\":\"x\"}")
                        .request(r.method(), r.path());
                assertEquals(403, response.statusCode(), r.method() + " " + r.path() + " as " + role);
                response.then().body("error", containsString("role"));
            }
        }
        Api.admin(tenant).get("/api/v1/contact-points/default").then().statusCode(200).body("label", is("Default"));
    }

    @Test
    void everyFormPostWithoutItsCsrfTokenIsRefused() {
        String tenant = Api.freshTenant();
        String token = io.switchboard.support.Tokens.bearer(tenant, "u-admin", "admin");
        for (Route r : PAGES) {
            if (!r.method().equals("POST")) {
                continue;
            }
            var spec = given().redirects().follow(false).auth().oauth2(token).cookie("sb-csrf", "t");
            spec = r.contentType().startsWith("multipart/") ? spec.multiPart("label", "x")
                    : spec.contentType("application/x-www-form-urlencoded").formParam("label", "x");
            var response = spec.request(r.method(), r.path());
            assertEquals(400, response.statusCode(), r.method() + " " + r.path() + " without a token");
            response.then().body(containsString("This form has expired"));
        }
        Api.admin(tenant).get("/api/v1/contact-points").then().body("id", org.hamcrest.Matchers.contains("default"));
    }

    /** Routes naming a contact point reach only the caller's tenant: another tenant's id is 404, never 403 or 200. */
    @Test
    void anotherTenantsContactPointIsNotFound() {
        String owner = Api.freshTenant();
        Api.admin(owner).body(Map.of("id", "theirs", "label", "Theirs")).post("/api/v1/contact-points").then()
                .statusCode(201);
        String tenant = Api.freshTenant();
        for (String role : ALL) {
            String token = io.switchboard.support.Tokens.bearer(tenant, "u-" + role, role);
            for (Route r : PAGES) {
                if (r.allowed().contains(role) && r.path().startsWith("/contact-points/default")) {
                    var response = withForm(given().redirects().follow(false).auth().oauth2(token), r)
                            .request(r.method(), r.path().replace("/default", "/theirs"));
                    assertEquals(404, response.statusCode(), r.method() + " " + r.path() + " as " + role);
                }
            }
            for (Route r : API) {
                if (r.allowed().contains(role) && r.path().startsWith("/api/v1/contact-points/default")) {
                    var response = Api.as(tenant, "u-" + role, role).accept("*/*").contentType(r.contentType())
                            .body(r.contentType().equals("text/csv") ? "+14155550100" : "{\"label\":\"x\",\"add\":[\"+14155550100\"]}")
                            .request(r.method(), r.path().replace("/default", "/theirs"));
                    assertEquals(404, response.statusCode(), r.method() + " " + r.path() + " as " + role);
                }
            }
        }
        Api.admin(owner).get("/api/v1/contact-points/theirs").then().statusCode(200).body("label", is("Theirs"));
    }
}
