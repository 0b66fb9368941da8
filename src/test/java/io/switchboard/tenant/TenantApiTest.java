package io.switchboard.tenant;

import static io.switchboard.support.Api.admin;
import static io.switchboard.support.Api.as;
import static io.switchboard.support.Api.freshTenant;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TenantApiTest {

    static Map<String, Object> settings(String region, List<String> optOut, List<String> optIn) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Acme");
        body.put("timeZone", "Europe/London");
        body.put("defaultRegion", region);
        body.put("optOutKeywords", optOut);
        body.put("optInKeywords", optIn);
        return body;
    }

    @Test
    void newTenantHasDefaultKeywordsAndRegion() {
        String tenant = freshTenant();
        admin(tenant).get("/api/v1/tenant").then().statusCode(200).body("defaultRegion", is("US"))
                .body("timeZone", is("America/Chicago"))
                .body("optOutKeywords", is(List.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT")))
                .body("optInKeywords", is(List.of("START", "YES", "UNSTOP")))
                .body("helpKeywords", is(List.of("HELP", "INFO")));
    }

    @Test
    void theRegionDecidesHowNumbersWithoutCountryCodeAreRead() {
        String tenant = freshTenant();
        admin(tenant).body(settings("gb", List.of("stop"), List.of("start"))).put("/api/v1/tenant").then().statusCode(200)
                .body("defaultRegion", is("GB")).body("optOutKeywords", is(List.of("STOP")));
        admin(tenant).body(Map.of("number", "020 7946 0958", "type", "STANDARD"))
                .post("/api/v1/contact-points/default/sms-numbers").then().statusCode(201)
                .body("number", is("+442079460958"));
        admin(tenant).get("/api/v1/audit?entity=tenant").then().body("total", is(1));
    }

    @Test
    void badSettingsAreRefusedAndChangeNothing() {
        String tenant = freshTenant();
        admin(tenant).body(settings("XX", List.of("STOP"), List.of("START"))).put("/api/v1/tenant").then().statusCode(400)
                .body("details", hasItem(containsString("defaultRegion")));
        admin(tenant).body(settings("US", List.of("STOP"), List.of("STOP"))).put("/api/v1/tenant").then().statusCode(400)
                .body("details", hasItem(containsString("keywords")));
        admin(tenant).body(settings("US", List.of(), List.of("START"))).put("/api/v1/tenant").then().statusCode(400);
        // A list entry is one keyword: two words are refused, not split into two keywords.
        admin(tenant).body(settings("US", List.of("STOP NOW"), List.of("START"))).put("/api/v1/tenant").then()
                .statusCode(400).body("details", hasItem(containsString("“STOP NOW” (opt-out) is not a keyword")));
        Map<String, Object> zone = settings("US", List.of("STOP"), List.of("START"));
        zone.put("timeZone", "Mars/Olympus");
        admin(tenant).body(zone).put("/api/v1/tenant").then().statusCode(400)
                .body("details", hasItem(containsString("timeZone")));
        Map<String, Object> stale = settings("US", List.of("STOP"), List.of("START"));
        stale.put("version", 99);
        admin(tenant).body(stale).put("/api/v1/tenant").then().statusCode(409);
        admin(tenant).get("/api/v1/tenant").then().body("optInKeywords", is(List.of("START", "YES", "UNSTOP")));
    }

    @Test
    void onlyAdminsReadAndChangeTenantSettings() {
        String tenant = freshTenant();
        as(tenant, "m", "manager").get("/api/v1/tenant").then().statusCode(403);
        as(tenant, "a", "agent").body(settings("US", List.of("STOP"), List.of("START"))).put("/api/v1/tenant").then()
                .statusCode(403);
    }
}
