package io.switchboard.stoplist;

import static io.switchboard.support.Api.admin;
import static io.switchboard.support.Api.as;
import static io.switchboard.support.Api.freshTenant;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class InboundSmsApiTest {
    static final String INBOUND = "/api/v1/inbound/sms";
    static final String CUSTOMER = "+14155550123";

    /** A tenant whose contact points "default" and "sales" each have a standard number. */
    static String tenantWithTwoContactPoints() {
        String tenant = freshTenant();
        admin(tenant).body(Map.of("id", "sales", "label", "Sales")).post("/api/v1/contact-points").then().statusCode(201);
        admin(tenant).body(Map.of("number", "+14155550001", "type", "STANDARD"))
                .post("/api/v1/contact-points/default/sms-numbers").then().statusCode(201);
        admin(tenant).body(Map.of("number", "+14155550002", "type", "STANDARD"))
                .post("/api/v1/contact-points/sales/sms-numbers").then().statusCode(201);
        return tenant;
    }

    static io.restassured.response.ValidatableResponse text(String tenant, String to, String message) {
        return as(tenant, "gateway", "integration").body(Map.of("to", to, "from", CUSTOMER, "text", message))
                .post(INBOUND).then();
    }

    @Test
    void stopOnOneContactPointLeavesTheOtherAlone() {
        String tenant = tenantWithTwoContactPoints();
        text(tenant, "+14155550001", " Stop! ").statusCode(200).body("contactPoint", is("default"))
                .body("action", is("OPT_OUT"));
        admin(tenant).get("/api/v1/contact-points/default/stop-list/" + CUSTOMER).then().statusCode(200)
                .body("onStopList", is(true)).body("carrierBlocked", is(true)).body("source", is("KEYWORD"));
        admin(tenant).get("/api/v1/contact-points/sales/stop-list/" + CUSTOMER).then().statusCode(404);
    }

    @Test
    void removingByHandKeepsTheCarrierBlockUntilTheCustomerTextsStart() {
        String tenant = tenantWithTwoContactPoints();
        text(tenant, "+14155550001", "unsubscribe").body("action", is("OPT_OUT"));
        admin(tenant).body(Map.of("remove", List.of(CUSTOMER))).post("/api/v1/contact-points/default/stop-list")
                .then().statusCode(200).body("stillCarrierBlocked", is(List.of(CUSTOMER)))
                .body("note", containsString("START"));
        admin(tenant).get("/api/v1/contact-points/default/stop-list/" + CUSTOMER).then().statusCode(200)
                .body("onStopList", is(false)).body("carrierBlocked", is(true));
        text(tenant, "+14155550001", "start").body("action", is("OPT_IN"));
        admin(tenant).get("/api/v1/contact-points/default/stop-list/" + CUSTOMER).then().statusCode(404);
    }

    @Test
    void optInClearsTheEntryAndTheBlockAndHistoryKeepsEveryStep() {
        String tenant = tenantWithTwoContactPoints();
        text(tenant, "+14155550001", "STOP").body("action", is("OPT_OUT"));
        text(tenant, "+14155550001", "help").body("action", is("HELP"));
        text(tenant, "+14155550001", "Unstop.").body("action", is("OPT_IN"));
        admin(tenant).get("/api/v1/contact-points/default/stop-list").then().body("total", is(0));
        admin(tenant).get("/api/v1/contact-points/default/stop-list/" + CUSTOMER + "/history").then().statusCode(200)
                .body("action", is(List.of("CARRIER_BLOCK_LIFTED", "REMOVED", "HELP_REQUESTED", "CARRIER_BLOCKED", "ADDED")))
                .body("source[0]", is("KEYWORD")).body("actor[0]", is("sms:" + CUSTOMER));
        admin(tenant).get("/api/v1/audit?entity=stop_list").then().body("total", is(2));
    }

    @Test
    void aMessageThatIsNotALoneKeywordNeverChangesTheListButMayGoToReview() {
        String tenant = tenantWithTwoContactPoints();
        text(tenant, "+14155550001", "STOP please").body("action", is("REVIEW"));
        text(tenant, "+14155550001", "Please stop texting me").body("action", is("REVIEW"));
        text(tenant, "+14155550001", "What time do you open?").body("action", is("NONE"));
        admin(tenant).get("/api/v1/contact-points/default/stop-list").then().body("total", is(0));
        var reviews = admin(tenant).get("/api/v1/contact-points/default/stop-list/reviews").then().statusCode(200)
                .body("", hasSize(2)).body("[0].text", is("STOP please")).extract().jsonPath();
        long first = reviews.getLong("[0].id");
        long second = reviews.getLong("[1].id");
        admin(tenant).post("/api/v1/contact-points/default/stop-list/reviews/" + first + "/apply").then().statusCode(200);
        admin(tenant).post("/api/v1/contact-points/default/stop-list/reviews/" + second + "/dismiss").then().statusCode(200);
        admin(tenant).post("/api/v1/contact-points/default/stop-list/reviews/" + first + "/dismiss").then().statusCode(409)
                .body("error", containsString("already applied"));
        admin(tenant).get("/api/v1/contact-points/default/stop-list/reviews").then().body("", hasSize(0));
        // Applied by an admin: on the list, but no carrier block (the carrier saw no keyword).
        admin(tenant).get("/api/v1/contact-points/default/stop-list/" + CUSTOMER).then().statusCode(200)
                .body("onStopList", is(true)).body("carrierBlocked", is(false)).body("source", is("ADMIN"));
        admin(freshTenant()).post("/api/v1/contact-points/default/stop-list/reviews/" + second + "/apply").then()
                .statusCode(404);
    }

    @Test
    void keywordListsAreConfigurablePerTenant() {
        String tenant = tenantWithTwoContactPoints();
        admin(tenant).body(Map.of("name", "Acme", "timeZone", "America/Chicago", "defaultRegion", "US",
                "optOutKeywords", List.of("STOP", "ARRET"), "optInKeywords", List.of("START")))
                .put("/api/v1/tenant").then().statusCode(200);
        text(tenant, "+14155550001", "arret").body("action", is("OPT_OUT"));
        text(tenant, "+14155550002", "end").body("action", is("NONE"));
        admin(tenant).get("/api/v1/contact-points/sales/stop-list").then().body("total", is(0));
    }

    @Test
    void unknownReceivingNumberIs404AndBadNumbersAre400() {
        String tenant = tenantWithTwoContactPoints();
        text(tenant, "+14155550999", "STOP").statusCode(404).body("error", containsString("+14155550999"));
        as(tenant, "gateway", "integration").body(Map.of("to", "+14155550001", "from", "nope", "text", "STOP"))
                .post(INBOUND).then().statusCode(400).body("details[0]", containsString("from"));
        as(tenant, "gateway", "integration").body(Map.of("to", "+14155550001", "from", CUSTOMER, "text", "x".repeat(1601)))
                .post(INBOUND).then().statusCode(400).body("details[0]", containsString("at most 1600"));
        text(tenant, "+14155550001", "please stop texting me " + "x".repeat(1577)).statusCode(200)
                .body("action", is("REVIEW"));
        // The receiving number belongs to another tenant: this tenant has no such number.
        text(freshTenant(), "+14155550001", "STOP").statusCode(404);
        admin(tenant).get("/api/v1/contact-points/default/stop-list").then().body("total", is(0));
    }

    @Test
    void managersCannotPostInboundMessages() {
        String tenant = tenantWithTwoContactPoints();
        as(tenant, "m", "manager").body(Map.of("to", "+14155550001", "from", CUSTOMER, "text", "STOP")).post(INBOUND)
                .then().statusCode(403);
    }
}
