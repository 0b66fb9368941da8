package io.switchboard.sms;

import static io.switchboard.support.Api.admin;
import static io.switchboard.support.Api.as;
import static io.switchboard.support.Api.freshTenant;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SmsNumberApiTest {
    static final String NUMBERS = "/api/v1/contact-points/default/sms-numbers";

    static Map<String, Object> number(String number, String type, String divertTo) {
        Map<String, Object> body = new HashMap<>();
        body.put("number", number);
        body.put("type", type);
        body.put("divertTo", divertTo);
        return body;
    }

    @Test
    void numbersAreNormalisedToE164WithTheTenantRegion() {
        String tenant = freshTenant();
        admin(tenant).body(number("(415) 555-1234", "STANDARD", null)).post(NUMBERS).then().statusCode(201)
                .header("Location", containsString("/sms-numbers/+14155551234"))
                .body("number", is("+14155551234")).body("type", is("STANDARD")).body("divertTo", nullValue());
        admin(tenant).get(NUMBERS).then().statusCode(200).body("", hasSize(1)).body("[0].number", is("+14155551234"));
        admin(tenant).get("/api/v1/audit?entity=sms_number").then().body("total", is(1));
    }

    @Test
    void nonStandardNumbersNameTheStandardNumberTheyDivertTo() {
        String tenant = freshTenant();
        admin(tenant).body(number("+14155550100", "STANDARD", null)).post(NUMBERS).then().statusCode(201);
        admin(tenant).body(number("+18005550199", "INCOMING_ONLY", null)).post(NUMBERS).then().statusCode(400)
                .body("details", hasItem(containsString("divertTo")));
        admin(tenant).body(number("+18005550199", "INCOMING_ONLY", "+14155550100")).post(NUMBERS).then().statusCode(201)
                .body("divertTo", is("+14155550100"));
        admin(tenant).body(number("+14155550101", "BLOCKED_OUTBOUND", "+18005550199")).post(NUMBERS).then()
                .statusCode(400).body("details[0]", containsString("not a standard number of this contact point"));
        admin(tenant).body(number("+14155550102", "STANDARD", "+14155550100")).post(NUMBERS).then().statusCode(400)
                .body("details[0]", containsString("only incoming-only and blocked-outbound numbers divert"));
    }

    @Test
    void aNumberIsUniquePerTenantAndMayNotDivertToAnotherContactPoint() {
        String tenant = freshTenant();
        admin(tenant).body(Map.of("id", "sales", "label", "Sales")).post("/api/v1/contact-points").then().statusCode(201);
        admin(tenant).body(number("+14155550100", "STANDARD", null)).post(NUMBERS).then().statusCode(201);
        admin(tenant).body(number("+1 415 555 0100", "STANDARD", null)).post("/api/v1/contact-points/sales/sms-numbers")
                .then().statusCode(400).body("details[0]", containsString("already belongs to contact point “default”"));
        admin(tenant).body(number("+14155550111", "INCOMING_ONLY", "+14155550100"))
                .post("/api/v1/contact-points/sales/sms-numbers").then().statusCode(400);
        // Another tenant may have the same number.
        admin(freshTenant()).body(number("+14155550100", "STANDARD", null)).post(NUMBERS).then().statusCode(201);
    }

    @Test
    void removingTheLastStandardNumberOthersDivertToIsRefused() {
        String tenant = freshTenant();
        admin(tenant).body(number("+14155550100", "STANDARD", null)).post(NUMBERS).then().statusCode(201);
        admin(tenant).body(number("+18005550199", "INCOMING_ONLY", "+14155550100")).post(NUMBERS).then().statusCode(201);
        admin(tenant).delete(NUMBERS + "/+14155550100").then().statusCode(409)
                .body("error", containsString("last standard number"))
                .body("error", containsString("+18005550199"));
        admin(tenant).get(NUMBERS).then().body("", hasSize(2));
        // With a second standard number the diverting number moves to it.
        admin(tenant).body(number("+14155550200", "STANDARD", null)).post(NUMBERS).then().statusCode(201);
        admin(tenant).delete(NUMBERS + "/+14155550100").then().statusCode(204);
        admin(tenant).get(NUMBERS).then().body("", hasSize(2))
                .body("find { it.number == '+18005550199' }.divertTo", is("+14155550200"));
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        String tenant = freshTenant();
        admin(tenant).body(number("12ab", "STANDARD", null)).post(NUMBERS).then().statusCode(400)
                .body("details[0]", containsString("12ab"));
        admin(tenant).body(number("+14155550100", "MOBILE", null)).post(NUMBERS).then().statusCode(400)
                .body("details[0]", containsString("type"));
        admin(tenant).body(number("", "STANDARD", null)).post(NUMBERS).then().statusCode(400);
        admin(tenant).get(NUMBERS).then().body("", hasSize(0));
        admin(tenant).delete(NUMBERS + "/+14155550100").then().statusCode(404);
    }

    @Test
    void otherTenantsContactPointIs404AndAgentsCannotChangeNumbers() {
        String tenant = freshTenant();
        admin(tenant).body(Map.of("id", "private", "label", "Private")).post("/api/v1/contact-points").then().statusCode(201);
        admin(freshTenant()).get("/api/v1/contact-points/private/sms-numbers").then().statusCode(404);
        admin(freshTenant()).body(number("+14155550100", "STANDARD", null))
                .post("/api/v1/contact-points/private/sms-numbers").then().statusCode(404);
        as(tenant, "agent1", "agent").body(number("+14155550100", "STANDARD", null)).post(NUMBERS).then().statusCode(403);
        as(tenant, "agent1", "agent").get(NUMBERS).then().statusCode(200);
    }
}
