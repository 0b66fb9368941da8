package io.switchboard.timer;

import static io.switchboard.support.Api.admin;
import static io.switchboard.support.Api.as;
import static io.switchboard.support.Api.freshTenant;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TimerApiTest {

    @Test
    void newTenantHasTheDefaultTimers() {
        String tenant = freshTenant();
        admin(tenant).get("/api/v1/timers").then().statusCode(200)
                .body("INVITATION_TIMEOUT", is(60)).body("RESPONSE_TIMEOUT", is(300)).body("ART_MINIMUM", is(60))
                .body("ART_MAXIMUM", is(180)).body("INACTIVE_TIME", is(3600)).body("CLOSE_TIME", is(43200));
    }

    @Test
    void overridesCascadeAndClearingFallsBack() {
        String tenant = freshTenant();
        String path = "/api/v1/contact-points/default/timers";
        admin(tenant).get(path + "?platform=SMS").then().statusCode(200)
                .body("RESPONSE_TIMEOUT.seconds", is(300)).body("RESPONSE_TIMEOUT.source", is("TENANT"))
                .body("INVITATION_TIMEOUT.source", is("TENANT"));
        admin(tenant).body(Map.of("RESPONSE_TIMEOUT", 600)).put(path).then().statusCode(200)
                .body("RESPONSE_TIMEOUT.seconds", is(600)).body("RESPONSE_TIMEOUT.source", is("CONTACT_POINT"));
        admin(tenant).body(Map.of("RESPONSE_TIMEOUT", 240)).put(path + "?platform=SMS").then().statusCode(200)
                .body("RESPONSE_TIMEOUT.seconds", is(240)).body("RESPONSE_TIMEOUT.source", is("PLATFORM"));
        admin(tenant).get(path + "?platform=WEB_CHAT").then().body("RESPONSE_TIMEOUT.seconds", is(600))
                .body("RESPONSE_TIMEOUT.source", is("CONTACT_POINT"));
        Map<String, Object> clear = new HashMap<>();
        clear.put("RESPONSE_TIMEOUT", null);
        admin(tenant).body(clear).put(path + "?platform=SMS").then().statusCode(200)
                .body("RESPONSE_TIMEOUT.seconds", is(600)).body("RESPONSE_TIMEOUT.source", is("CONTACT_POINT"));
        admin(tenant).body(clear).put(path).then().body("RESPONSE_TIMEOUT.source", is("TENANT"));
        admin(tenant).get("/api/v1/audit?entity=timers").then().body("total", is(4));
    }

    @Test
    void tenantChangeThatBreaksALowerLevelIsRefusedNamingThePlaces() {
        String tenant = freshTenant();
        admin(tenant).body(Map.of("RESPONSE_TIMEOUT", 200)).put("/api/v1/contact-points/default/timers?platform=FACEBOOK")
                .then().statusCode(200);
        admin(tenant).body(Map.of("ART_MAXIMUM", 250)).put("/api/v1/timers").then().statusCode(400)
                .body("details[0]", containsString("default / Facebook Messenger (3m 20s)"));
        admin(tenant).get("/api/v1/timers").then().body("ART_MAXIMUM", is(180));
        // Raising the tenant Response Timeout while lowering ART max to exactly the override is fine.
        admin(tenant).body(Map.of("ART_MAXIMUM", 200)).put("/api/v1/timers").then().statusCode(200).body("ART_MAXIMUM", is(200));
    }

    @Test
    void overrideBelowArtMaximumIsRefused() {
        String tenant = freshTenant();
        admin(tenant).body(Map.of("RESPONSE_TIMEOUT", 179)).put("/api/v1/contact-points/default/timers?platform=SMS")
                .then().statusCode(400).body("details[0]", containsString("RESPONSE_TIMEOUT"));
        admin(tenant).body(Map.of("RESPONSE_TIMEOUT", 180)).put("/api/v1/contact-points/default/timers?platform=SMS")
                .then().statusCode(200);
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        String tenant = freshTenant();
        admin(tenant).body(Map.of("RESPONSE_TIMEOUT", 0)).put("/api/v1/timers").then().statusCode(400);
        admin(tenant).body(Map.of("RESPONSE_TIMEOUT", 2_592_001)).put("/api/v1/timers").then().statusCode(400);
        admin(tenant).body(Map.of("NOT_A_TIMER", 5)).put("/api/v1/timers").then().statusCode(400)
                .body("details", hasItem(containsString("NOT_A_TIMER")));
        admin(tenant).body(Map.of("RESPONSE_TIMEOUT", "5m")).put("/api/v1/timers").then().statusCode(400);
        admin(tenant).body(Map.of("ART_MINIMUM", 200)).put("/api/v1/timers").then().statusCode(400)
                .body("details[0]", containsString("cannot be longer"));
        Map<String, Object> clear = new HashMap<>();
        clear.put("RESPONSE_TIMEOUT", null);
        admin(tenant).body(clear).put("/api/v1/timers").then().statusCode(400);
        admin(tenant).body(Map.of("INVITATION_TIMEOUT", 30)).put("/api/v1/contact-points/default/timers").then()
                .statusCode(400).body("details[0]", containsString("whole tenant only"));
        admin(tenant).body(Map.of("RESPONSE_TIMEOUT", 300)).put("/api/v1/contact-points/default/timers?platform=FAX")
                .then().statusCode(400);
        admin(tenant).get("/api/v1/timers").then().body("RESPONSE_TIMEOUT", is(300)).body("ART_MINIMUM", is(60));
        admin(tenant).get("/api/v1/audit?entity=timers").then().body("total", is(0));
    }

    @Test
    void otherTenantsContactPointIs404AndManagersOnlyRead() {
        String mine = freshTenant();
        String theirs = freshTenant();
        admin(theirs).body(Map.of("id", "theirs", "label", "T")).post("/api/v1/contact-points").then().statusCode(201);
        admin(mine).get("/api/v1/contact-points/theirs/timers").then().statusCode(404);
        admin(mine).body(Map.of("RESPONSE_TIMEOUT", 600)).put("/api/v1/contact-points/theirs/timers").then().statusCode(404);
        as(mine, "m", "manager").get("/api/v1/timers").then().statusCode(200);
        as(mine, "m", "manager").body(Map.of("RESPONSE_TIMEOUT", 600)).put("/api/v1/timers").then().statusCode(403);
    }

    @Test
    void deletingAContactPointDropsItsOverrides() {
        String tenant = freshTenant();
        admin(tenant).body(Map.of("id", "temp", "label", "Temp")).post("/api/v1/contact-points").then().statusCode(201);
        admin(tenant).body(Map.of("CLOSE_TIME", 600)).put("/api/v1/contact-points/temp/timers").then().statusCode(200);
        admin(tenant).delete("/api/v1/contact-points/temp").then().statusCode(204);
        admin(tenant).body(Map.of("id", "temp", "label", "Temp again")).post("/api/v1/contact-points").then().statusCode(201);
        admin(tenant).get("/api/v1/contact-points/temp/timers").then().body("CLOSE_TIME.source", is("TENANT"))
                .body("CLOSE_TIME.seconds", is(43200));
    }
}
