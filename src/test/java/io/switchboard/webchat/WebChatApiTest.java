package io.switchboard.webchat;

import static io.switchboard.support.Api.admin;
import static io.switchboard.support.Api.as;
import static io.switchboard.support.Api.freshTenant;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Web chat settings through the API: defaults, each refusal at its field, versions, live stats and status. */
@QuarkusTest
class WebChatApiTest {
    static final String CP = "/api/v1/contact-points/default";

    @Test
    void defaultsThenAChangeKeepingWhatWasLeftOut() {
        String tenant = freshTenant();
        admin(tenant).get(CP + "/web-chat").then().statusCode(200).body("enabled", is(false))
                .body("colors.primary", is("#3b4fd8")).body("availabilityRules[0].conditions[0].type", is("AGENTS_AT_LEAST"))
                .body("version", is(0));
        admin(tenant).body(Map.of("enabled", true, "whitelistedDomains", List.of("Shop.Example.com", "*.bücher.de"),
                "mobileRedirectNumber", "(415) 555-0100", "colors", Map.of("primary", "#AA0000", "secondary", "#eeeeee",
                        "background", "#ffffff", "text", "#111111", "header", "#222222", "customerBubble", "#aa0000",
                        "agentBubble", "#f0f0f0"))).put(CP + "/web-chat").then().statusCode(200)
                .body("enabled", is(true)).body("whitelistedDomains", contains("shop.example.com", "*.xn--bcher-kva.de"))
                .body("mobileRedirectNumber", is("+14155550100")).body("colors.primary", is("#aa0000"))
                .body("font", is("System")).body("emojis", is(true));
        admin(tenant).get("/api/v1/audit?entity=web_chat").then().body("total", is(1));
        as(tenant, "m", "manager").body(Map.of("enabled", false)).put(CP + "/web-chat").then().statusCode(403);
    }

    @Test
    void eachBadFieldIsNamedAndNothingChanges() {
        String tenant = freshTenant();
        admin(tenant).body(Map.of("colors", Map.of("primary", "red"), "whitelistedDomains", List.of("example.com.evil/x"),
                "menu", Map.of("offsetX", 900, "items", List.of(Map.of("label", "Help", "url", "http://example.com"))),
                "font", "Comic Sans", "userAttachmentTypes", List.of("application/zip"),
                "welcomeForm", Map.of("fields", List.of(Map.of("id", "size", "type", "select", "label", "Size"),
                        Map.of("id", "size", "type", "colour", "label", ""))),
                "availabilityRules", List.of(Map.of("name", "Hours", "conditions", List.of(
                        Map.of("type", "TIME", "from", "9:00", "to", "17:00"), Map.of("type", "DAYS", "days", List.of("FUNDAY")))))))
                .put(CP + "/web-chat").then().statusCode(400)
                .body("details", hasItem(containsString("colors.primary: A color as #RRGGBB")))
                .body("details", hasItem(containsString("whitelistedDomains: “example.com.evil/x”")))
                .body("details", hasItem(containsString("menu.offsetX: An offset from -500 to 500")))
                .body("details", hasItem(containsString("menu.items[0].url: An https:// address")))
                .body("details", hasItem(containsString("font: Choose one of")))
                .body("details", hasItem(containsString("userAttachmentTypes: “application/zip” is not offered")))
                .body("details", hasItem(containsString("welcomeForm.fields[0].options: A select needs at least one option")))
                .body("details", hasItem(containsString("welcomeForm.fields[1].id: “size” is used by another field")))
                .body("details", hasItem(containsString("welcomeForm.fields[1].type: One of text")))
                .body("details", hasItem(containsString("welcomeForm.fields[1].label")))
                .body("details", hasItem(containsString("availabilityRules[0].conditions[0].from: A time as HH:mm")))
                .body("details", hasItem(containsString("availabilityRules[0].conditions[1].days: “FUNDAY” is not a day")));
        admin(tenant).get(CP + "/web-chat").then().body("version", is(0)).body("font", is("System"));
    }

    @Test
    void aStaleVersionIsRefused() {
        String tenant = freshTenant();
        admin(tenant).body(Map.of("emojis", false)).put(CP + "/web-chat").then().statusCode(200).body("version", is(0));
        admin(tenant).body(Map.of("emojis", true, "version", 0)).put(CP + "/web-chat").then().statusCode(200).body("version", is(1));
        admin(tenant).body(Map.of("playSounds", false, "version", 0)).put(CP + "/web-chat").then().statusCode(409);
        admin(tenant).get(CP + "/web-chat").then().body("playSounds", is(true));
    }

    @Test
    void statusFollowsTheSwitchTheRulesAndTheLiveStats() {
        String tenant = freshTenant();
        admin(tenant).get(CP + "/web-chat/status").then().body("available", is(false))
                .body("reason", is("offline: web chat is switched off"));
        admin(tenant).body(Map.of("enabled", true, "availabilityRules", List.of(Map.of("name", "Business hours",
                "conditions", List.of(Map.of("type", "DAYS", "days", List.of("MON", "TUE", "WED", "THU", "FRI")),
                        Map.of("type", "TIME", "from", "09:00", "to", "17:00"), Map.of("type", "AGENTS_AT_LEAST", "value", 1))))))
                .put(CP + "/web-chat").then().statusCode(200);
        // no stats pushed yet: no agents
        admin(tenant).get(CP + "/web-chat/status?at=2026-11-23T16:00:00Z").then().body("available", is(false))
                .body("reason", containsString("no live stats"));
        as(tenant, "feed", "integration").body(Map.of("availableAgents", 2, "queued", 0)).put(CP + "/live-stats").then()
                .statusCode(200);
        // the simulator: Monday 10:00 Chicago is open, Saturday is not, with the stats as they are now
        admin(tenant).get(CP + "/web-chat/status?at=2026-11-23T16:00:00Z").then().body("available", is(true))
                .body("reason", is("online: rule “Business hours” holds"));
        admin(tenant).get(CP + "/web-chat/status?at=2026-11-21T16:00:00Z").then().body("available", is(false))
                .body("reason", containsString("not on Mon, Tue, Wed, Thu, Fri (it is Sat in America/Chicago)"));
        admin(tenant).get(CP + "/web-chat/status?at=yesterday").then().statusCode(400);
        as(tenant, "feed", "integration").body(Map.of("availableAgents", -1, "queued", 0)).put(CP + "/live-stats").then()
                .statusCode(400).body("details[0]", containsString("availableAgents"));
    }
}
