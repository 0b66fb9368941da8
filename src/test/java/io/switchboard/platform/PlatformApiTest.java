package io.switchboard.platform;

import static io.switchboard.support.Api.admin;
import static io.switchboard.support.Api.as;
import static io.switchboard.support.Api.freshTenant;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The platforms' request/enable workflow through the API: the whole path, each refusal, and nothing changed by one. */
@QuarkusTest
class PlatformApiTest {
    static final String CP = "/api/v1/contact-points/default/platforms";
    static final Map<String, Object> WHATSAPP = Map.of("phoneNumber", "(415) 555-0123", "displayName", "Acme Support",
            "businessAccountId", "102938475610293");

    static Map<String, Object> action(String action, Map<String, Object> details, String reason) {
        Map<String, Object> m = new HashMap<>();
        m.put("action", action);
        if (details != null) {
            m.put("details", details);
        }
        if (reason != null) {
            m.put("reason", reason);
        }
        return m;
    }

    @Test
    void listsTheThreeWorkflowsAndTheRetiredGoogleBusinessMessages() {
        String tenant = freshTenant();
        admin(tenant).get(CP).then().statusCode(200)
                .body("platform", contains("APPLE_MESSAGES", "GOOGLE_RBM", "WHATSAPP", "GOOGLE_MESSAGES"))
                .body("status", contains("NOT_REQUESTED", "NOT_REQUESTED", "NOT_REQUESTED", "RETIRED"))
                .body("retired", contains(false, false, false, true))
                .body("[0].actions", contains("REQUEST")).body("[3].actions", hasSize(0))
                .body("[3].message", containsString("31 July 2024")).body("[2].history", hasSize(0));
        as(tenant, "m", "manager").get(CP + "/WHATSAPP").then().statusCode(200).body("status", is("NOT_REQUESTED"));
        admin(tenant).get(CP + "/SMS").then().statusCode(404).body("error", containsString("SMS has no request workflow"));
        admin(tenant).get(CP + "/nonsense").then().statusCode(404);
    }

    @Test
    void whatsappFromRequestToEnabledWithItsHistoryNewestFirst() {
        String tenant = freshTenant();
        admin(tenant).body(action("REQUEST", WHATSAPP, null)).put(CP + "/WHATSAPP").then().statusCode(200)
                .body("status", is("REQUESTED")).body("details.phoneNumber", is("+14155550123"))
                .body("details.displayName", is("Acme Support")).body("actions", contains("WITHDRAW", "APPROVE", "REJECT"))
                .body("version", is(0));
        admin(tenant).body(action("APPROVE", null, "Approved by Meta on the 3rd")).put(CP + "/WHATSAPP").then()
                .statusCode(200).body("status", is("APPROVED"));
        admin(tenant).body(action("ENABLE", null, null)).put(CP + "/whatsapp").then().statusCode(200)
                .body("status", is("ENABLED"));
        admin(tenant).body(action("DISABLE", null, null)).put(CP + "/WHATSAPP").then().statusCode(200)
                .body("status", is("DISABLED")).body("actions", contains("ENABLE"));
        admin(tenant).get(CP + "/WHATSAPP").then().body("history", hasSize(4))
                .body("history.to", contains("DISABLED", "ENABLED", "APPROVED", "REQUESTED"))
                .body("history.from", contains("ENABLED", "APPROVED", "REQUESTED", "NOT_REQUESTED"))
                .body("history[2].note", is("Approved by Meta on the 3rd")).body("history[0].actor", is("admin-" + tenant))
                .body("history[0].at", not(nullValue())).body("updatedBy", is("admin-" + tenant));
        admin(tenant).get("/api/v1/audit?entity=platform_request").then().body("total", is(4))
                .body("entries[3].action", is("request")).body("entries[3].entityId", is("default/WHATSAPP"))
                .body("entries[3].before.status", is("NOT_REQUESTED")).body("entries[3].after.status", is("REQUESTED"))
                .body("entries[3].after.details.phoneNumber", is("+14155550123"))
                .body("entries[0].before.status", is("ENABLED")).body("entries[0].after.status", is("DISABLED"));
    }

    @Test
    void aNationalNumberIsReadInTheTenantsRegion() {
        String tenant = freshTenant();
        @SuppressWarnings("unchecked")
        Map<String, Object> settings = new HashMap<>(admin(tenant).get("/api/v1/tenant").then().statusCode(200).extract()
                .as(Map.class));
        settings.put("defaultRegion", "GB");
        admin(tenant).body(settings).put("/api/v1/tenant").then().statusCode(200);
        admin(tenant).body(action("REQUEST", Map.of("phoneNumber", "020 7946 0018", "displayName", "Acme UK",
                "businessAccountId", "12345"), null)).put(CP + "/WHATSAPP").then().statusCode(200)
                .body("details.phoneNumber", is("+442079460018"));
    }

    @Test
    void deletingTheContactPointDropsItsRequestsAndFreesTheNumber() {
        String tenant = freshTenant();
        admin(tenant).body(Map.of("id", "sales", "label", "Sales")).post("/api/v1/contact-points").then().statusCode(201);
        admin(tenant).body(action("REQUEST", WHATSAPP, null)).put("/api/v1/contact-points/sales/platforms/WHATSAPP").then()
                .statusCode(200);
        admin(tenant).delete("/api/v1/contact-points/sales").then().statusCode(204);
        admin(tenant).body(action("REQUEST", WHATSAPP, null)).put(CP + "/WHATSAPP").then().statusCode(200)
                .body("status", is("REQUESTED"));
        admin(tenant).body(Map.of("id", "sales", "label", "Sales again")).post("/api/v1/contact-points").then().statusCode(201);
        admin(tenant).get("/api/v1/contact-points/sales/platforms/WHATSAPP").then().body("status", is("NOT_REQUESTED"))
                .body("history", hasSize(0));
    }

    @Test
    void rbmIsRejectedWithAReasonResubmittedAndApprovedWithItsAgentId() {
        String tenant = freshTenant();
        Map<String, Object> rbm = Map.of("agentName", "Acme Bot", "brandName", "Acme", "contactEmail", "ops@acme.example");
        admin(tenant).body(action("REQUEST", rbm, null)).put(CP + "/GOOGLE_RBM").then().statusCode(200);
        admin(tenant).body(action("REJECT", null, null)).put(CP + "/GOOGLE_RBM").then().statusCode(400)
                .body("details", contains("reason: Give the reason the platform gave for the rejection."));
        admin(tenant).body(action("REJECT", null, "Logo too small")).put(CP + "/GOOGLE_RBM").then().statusCode(200)
                .body("status", is("REJECTED")).body("history[0].note", is("Logo too small"));
        admin(tenant).body(action("REQUEST", rbm, "Bigger logo")).put(CP + "/GOOGLE_RBM").then().statusCode(200)
                .body("status", is("REQUESTED"));
        admin(tenant).body(action("APPROVE", Map.of("agentId", "acme@rbm.google"), null)).put(CP + "/GOOGLE_RBM").then()
                .statusCode(400).body("details", hasItem(containsString("agentId: “acme@rbm.google” is not an RBM agent ID")));
        admin(tenant).body(action("APPROVE", null, null)).put(CP + "/GOOGLE_RBM").then().statusCode(400)
                .body("details", hasItem("agentId: Enter the RBM agent ID."));
        admin(tenant).get(CP + "/GOOGLE_RBM").then().body("status", is("REQUESTED"));
        admin(tenant).body(action("APPROVE", Map.of("agentId", "acme-bot@rbm.goog"), null)).put(CP + "/GOOGLE_RBM").then()
                .statusCode(200).body("status", is("APPROVED")).body("details.agentId", is("acme-bot@rbm.goog"))
                .body("details.agentName", is("Acme Bot"));
    }

    @Test
    void badDetailsAreEachNamedAndNothingChanges() {
        String tenant = freshTenant();
        admin(tenant).body(action("REQUEST", Map.of("accountId", "not-a-uuid", "brandName", "", "contactEmail", "nope",
                "extra", "x"), null)).put(CP + "/APPLE_MESSAGES").then().statusCode(400)
                .body("details", hasItem(containsString("accountId: “not-a-uuid” is not a Messages for Business account ID")))
                .body("details", hasItem("brandName: Enter the brand name."))
                .body("details", hasItem("contactEmail: “nope” is not an email address."))
                .body("details", hasItem("extra: “extra” is not a detail of a Apple Messages for Business request."));
        admin(tenant).body(action("REQUEST", Map.of("phoneNumber", "12", "displayName", "Acme", "businessAccountId", "abc"),
                null)).put(CP + "/WHATSAPP").then().statusCode(400)
                .body("details", hasItem(containsString("phoneNumber: ")))
                .body("details", hasItem(containsString("businessAccountId: “abc” is not a WhatsApp Business Account ID")));
        admin(tenant).body(Map.of("action", "LAUNCH")).put(CP + "/WHATSAPP").then().statusCode(400)
                .body("details", contains(containsString("action: “LAUNCH” is not an action; use one of REQUEST, WITHDRAW")));
        admin(tenant).body(Map.of("details", Map.of())).put(CP + "/WHATSAPP").then().statusCode(400)
                .body("details", contains(containsString("action: Name the action")));
        admin(tenant).body(action("REQUEST", Map.of("phoneNumber", 4155550123L), null)).put(CP + "/WHATSAPP").then()
                .statusCode(400).body("details", contains("phoneNumber: Send phoneNumber as a string."));
        admin(tenant).get(CP).then().body("status", contains("NOT_REQUESTED", "NOT_REQUESTED", "NOT_REQUESTED", "RETIRED"))
                .body("[0].history", hasSize(0));
        admin(tenant).get("/api/v1/audit?entity=platform_request").then().body("total", is(0));
    }

    @Test
    void refusedTransitionsAnswer409WithTheReason() {
        String tenant = freshTenant();
        admin(tenant).body(action("ENABLE", null, null)).put(CP + "/APPLE_MESSAGES").then().statusCode(409)
                .body("error", is("Apple Messages for Business must be approved before it can be enabled."));
        admin(tenant).body(action("APPROVE", null, null)).put(CP + "/WHATSAPP").then().statusCode(409)
                .body("error", containsString("no pending request to approve"));
        admin(tenant).body(action("REQUEST", WHATSAPP, null)).put(CP + "/WHATSAPP").then().statusCode(200);
        admin(tenant).body(action("REQUEST", WHATSAPP, null)).put(CP + "/WHATSAPP").then().statusCode(409)
                .body("error", containsString("withdraw the request to change its details"));
        admin(tenant).body(action("APPROVE", null, null)).put(CP + "/WHATSAPP").then().statusCode(200);
        admin(tenant).body(action("WITHDRAW", null, null)).put(CP + "/WHATSAPP").then().statusCode(409)
                .body("error", containsString("only be withdrawn before approval"));
        admin(tenant).body(action("DISABLE", null, null)).put(CP + "/WHATSAPP").then().statusCode(409)
                .body("error", is("WhatsApp is not enabled, so it cannot be disabled."));
        admin(tenant).get(CP + "/WHATSAPP").then().body("status", is("APPROVED")).body("history", hasSize(2));
    }

    @Test
    void googleBusinessMessagesIsRetired() {
        String tenant = freshTenant();
        admin(tenant).body(action("REQUEST", Map.of(), null)).put(CP + "/GOOGLE_MESSAGES").then().statusCode(409)
                .body("error", containsString("shut down by Google on 31 July 2024"));
        admin(tenant).body(Map.of()).put(CP + "/google-messages").then().statusCode(409);
        admin(tenant).body(Map.of("RESPONSE_TIMEOUT", 600)).put("/api/v1/contact-points/default/timers?platform=GOOGLE_MESSAGES")
                .then().statusCode(409).body("error", containsString("its timers cannot be changed"));
        admin(tenant).get(CP + "/GOOGLE_MESSAGES").then().body("status", is("RETIRED")).body("history", hasSize(0));
    }

    @Test
    void aWhatsappNumberServesOneContactPointOfTheTenant() {
        String tenant = freshTenant();
        admin(tenant).body(Map.of("id", "sales", "label", "Sales")).post("/api/v1/contact-points").then().statusCode(201);
        admin(tenant).body(action("REQUEST", WHATSAPP, null)).put(CP + "/WHATSAPP").then().statusCode(200);
        String sales = "/api/v1/contact-points/sales/platforms/WHATSAPP";
        admin(tenant).body(action("REQUEST", Map.of("phoneNumber", "+1 415 555 0123", "displayName", "Sales",
                "businessAccountId", "12345"), null)).put(sales).then().statusCode(400)
                .body("details", contains("phoneNumber: +14155550123 is already used for WhatsApp by contact point “default”; "
                        + "a number can serve one contact point only."));
        // another tenant may use the same number
        admin(freshTenant()).body(action("REQUEST", WHATSAPP, null)).put(CP + "/WHATSAPP").then().statusCode(200);
        // a withdrawn request frees the number
        admin(tenant).body(action("WITHDRAW", null, null)).put(CP + "/WHATSAPP").then().statusCode(200)
                .body("status", is("NOT_REQUESTED")).body("details.phoneNumber", is("+14155550123"));
        admin(tenant).body(action("REQUEST", WHATSAPP, null)).put(sales).then().statusCode(200).body("status", is("REQUESTED"));
    }

    @Test
    void aStaleVersionChangesNothing() {
        String tenant = freshTenant();
        Map<String, Object> request = new HashMap<>(action("REQUEST", WHATSAPP, null));
        request.put("version", -1);
        admin(tenant).body(request).put(CP + "/WHATSAPP").then().statusCode(200).body("version", is(0));
        Map<String, Object> approve = new HashMap<>(action("APPROVE", null, null));
        approve.put("version", -1);
        admin(tenant).body(approve).put(CP + "/WHATSAPP").then().statusCode(409)
                .body("error", containsString("was changed by admin-" + tenant));
        approve.put("version", 0);
        admin(tenant).body(approve).put(CP + "/WHATSAPP").then().statusCode(200).body("version", is(1));
    }

    @Test
    void theApiIsDocumentedAndThePageIsNot() {
        io.restassured.RestAssured.given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/contact-points/{id}/platforms"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/contact-points/{id}/platforms/{platform}"))
                .body("paths", not(org.hamcrest.Matchers.hasKey("/contact-points/{id}/platforms")))
                .body("paths", not(org.hamcrest.Matchers.hasKey("/contact-points/{id}/platforms/{platform}/timers")));
    }

    @Test
    void managersReadButDoNotChangeAndOtherTenantsSeeNothing() {
        String tenant = freshTenant();
        as(tenant, "m", "manager").body(action("REQUEST", WHATSAPP, null)).put(CP + "/WHATSAPP").then().statusCode(403);
        admin(tenant).body(Map.of("id", "mine", "label", "Mine")).post("/api/v1/contact-points").then().statusCode(201);
        admin(freshTenant()).get("/api/v1/contact-points/mine/platforms").then().statusCode(404);
        admin(freshTenant()).body(action("REQUEST", WHATSAPP, null)).put("/api/v1/contact-points/mine/platforms/WHATSAPP")
                .then().statusCode(404);
        admin(tenant).get(CP + "/WHATSAPP").then().body("status", is("NOT_REQUESTED"));
    }
}
