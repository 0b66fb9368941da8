package io.switchboard.outbound;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.switchboard.support.Api.admin;
import static io.switchboard.support.Api.as;
import static io.switchboard.support.Api.freshTenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;

/** The outbound API for each refusal reason, and the exact request the SMS gateway (WireMock) received. */
@QuarkusTest
class OutboundApiTest {
    static final String GATEWAY = "/auth/sms-gateway/messages";

    @OidcWireMock
    WireMockServer wiremock;

    String tenant;
    String service;

    /** DESIGN §3.3's example: on Service, Sales may send notifications but not start conversations. */
    @BeforeEach
    void serviceContactPoint() {
        tenant = freshTenant();
        service = "/api/v1/contact-points/service";
        admin(tenant).body(Map.of("id", "service", "label", "Service")).post("/api/v1/contact-points").then().statusCode(201);
        admin(tenant).body(Map.of("number", "+14155550001", "type", "STANDARD")).post(service + "/sms-numbers").then()
                .statusCode(201);
        for (String role : List.of("Sales", "Service")) {
            admin(tenant).body(Map.of("name", role)).post("/api/v1/roles").then().statusCode(201);
        }
        for (String[] user : new String[][] { { "sam", "Sales" }, { "sue", "Service" } }) {
            as(tenant, user[0], "agent").get("/api/v1/contact-points").then().statusCode(200);
            admin(tenant).body(Map.of("users", List.of(user[0]))).put("/api/v1/roles/" + user[1] + "/members").then()
                    .statusCode(200);
        }
        admin(tenant).body(Map.of("START_CONVERSATION", List.of("Service"), "SEND_NOTIFICATION", List.of("Sales", "Service")))
                .put(service + "/outbound-roles").then().statusCode(200);
        wiremock.stubFor(post(urlEqualTo(GATEWAY)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"gw-1\"}")));
    }

    int gatewayCallsTo(String to) {
        return wiremock.findAll(postRequestedFor(urlEqualTo(GATEWAY)).withRequestBody(matchingJsonPath("$.to", equalTo(to))))
                .size();
    }

    @Test
    void salesSendsAServiceNotificationThroughTheGateway() {
        String text = "Your order " + tenant + " shipped"; // unique: the WireMock journal is shared by all tests
        as(tenant, "sam", "agent").body(Map.of("function", "SEND_NOTIFICATION", "to", "(415) 555-0100", "text", text))
                .post(service + "/outbound").then().statusCode(202).body("from", is("+14155550001"))
                .body("to", is("+14155550100")).body("function", is("SEND_NOTIFICATION"))
                .body("conversationId", nullValue()).body("agent", is("sam"));
        wiremock.verify(1, postRequestedFor(urlEqualTo(GATEWAY))
                .withHeader("Content-Type", com.github.tomakehurst.wiremock.client.WireMock.containing("application/json"))
                .withRequestBody(equalToJson("{\"from\":\"+14155550001\",\"to\":\"+14155550100\",\"text\":\"" + text + "\"}")));
        admin(tenant).get(service + "/outbound").then().body("function", contains("SEND_NOTIFICATION"))
                .body("[0].agent", is("sam")).body("[0].to", is("+14155550100"));
    }

    @Test
    void salesCannotStartAServiceConversation403WithTheReason() {
        as(tenant, "sam", "agent").body(Map.of("function", "START_CONVERSATION", "to", "+14155550101", "text", "Hi"))
                .post(service + "/outbound").then().statusCode(403)
                .body("error", containsString("may not start conversations on Service"))
                .body("error", containsString("only Service may")).body("details", contains("reason: ROLE"));
        assertThat(gatewayCallsTo("+14155550101")).isZero();
    }

    @Test
    void serviceStartsAConversationAssignedToTheAgent() {
        as(tenant, "sue", "agent").body(Map.of("function", "START_CONVERSATION", "to", "+14155550102", "text", "Hello"))
                .post(service + "/outbound").then().statusCode(202).body("conversationId", notNullValue())
                .body("agent", is("sue"));
        assertThat(gatewayCallsTo("+14155550102")).isEqualTo(1);
        admin(tenant).get(service + "/outbound").then().body("[0].function", is("START_CONVERSATION"))
                .body("[0].conversationId", notNullValue());
    }

    @Test
    void aStopListedOrCarrierBlockedNumberIs409LikeTwilio21610() {
        admin(tenant).body(Map.of("to", "+14155550001", "from", "+14155550103", "text", "STOP"))
                .post("/api/v1/inbound/sms").then().statusCode(200);
        as(tenant, "sam", "agent").body(Map.of("function", "SEND_NOTIFICATION", "to", "+14155550103", "text", "Hi"))
                .post(service + "/outbound").then().statusCode(409).body("details", contains("reason: STOP_LIST"))
                .body("error", containsString("21610"));
        // an admin takes it off the list: the carrier block stays until the customer texts START
        admin(tenant).body(Map.of("remove", List.of("+14155550103"))).post(service + "/stop-list").then().statusCode(200);
        as(tenant, "sam", "agent").body(Map.of("function", "SEND_NOTIFICATION", "to", "+14155550103", "text", "Hi"))
                .post(service + "/outbound").then().statusCode(409).body("details", contains("reason: CARRIER_BLOCK"));
        admin(tenant).body(Map.of("to", "+14155550001", "from", "+14155550103", "text", "START"))
                .post("/api/v1/inbound/sms").then().statusCode(200);
        as(tenant, "sam", "agent").body(Map.of("function", "SEND_NOTIFICATION", "to", "+14155550103", "text", "Hi"))
                .post(service + "/outbound").then().statusCode(202);
        assertThat(gatewayCallsTo("+14155550103")).isEqualTo(1);
    }

    @Test
    void incomingOnlyNumbersNeverSendAndAContactPointWithoutAStandardNumberCannot() {
        admin(tenant).body(Map.of("number", "+18005550001", "type", "INCOMING_ONLY", "divertTo", "+14155550001"))
                .post(service + "/sms-numbers").then().statusCode(201);
        as(tenant, "sam", "agent").body(Map.of("function", "SEND_NOTIFICATION", "to", "+14155550104", "text", "Hi",
                "from", "+18005550001")).post(service + "/outbound").then().statusCode(202).body("from", is("+14155550001"));
        admin(tenant).body(Map.of("id", "empty", "label", "Empty")).post("/api/v1/contact-points").then().statusCode(201);
        admin(tenant).body(Map.of("SEND_NOTIFICATION", List.of("Everyone"))).put("/api/v1/contact-points/empty/outbound-roles")
                .then().statusCode(200);
        as(tenant, "sam", "agent").body(Map.of("function", "SEND_NOTIFICATION", "to", "+14155550105", "text", "Hi"))
                .post("/api/v1/contact-points/empty/outbound").then().statusCode(409)
                .body("details", contains("reason: NO_SENDING_NUMBER")).body("error", containsString("no standard SMS number"));
        assertThat(gatewayCallsTo("+14155550105")).isZero();
    }

    @Test
    void badInputIsNamedAtEachField() {
        as(tenant, "sam", "agent").body(Map.of("function", "SEND_FAX", "to", "12ab", "text", ""))
                .post(service + "/outbound").then().statusCode(400)
                .body("details", org.hamcrest.Matchers.hasItems(containsString("function: "), containsString("to: "),
                        containsString("text: Write the message.")));
        as(tenant, "sam", "agent").body(Map.of("function", "SEND_NOTIFICATION", "to", "+14155550106", "text", "x".repeat(1601)))
                .post(service + "/outbound").then().statusCode(400).body("details[0]", containsString("At most 1600"));
        as(tenant, "sam", "agent").body(Map.of("function", "SEND_NOTIFICATION", "to", "+14155550106", "text", "Hi"))
                .post("/api/v1/contact-points/nope/outbound").then().statusCode(404);
        assertThat(gatewayCallsTo("+14155550106")).isZero();
    }

    @Test
    void aFailingGatewayIs502AndNothingIsRecorded() {
        wiremock.stubFor(post(urlEqualTo(GATEWAY)).withRequestBody(matchingJsonPath("$.to", equalTo("+14155550107")))
                .atPriority(1).willReturn(aResponse().withStatus(503).withBody("maintenance")));
        as(tenant, "sam", "agent").body(Map.of("function", "SEND_NOTIFICATION", "to", "+14155550107", "text", "Hi"))
                .post(service + "/outbound").then().statusCode(502).body("error", containsString("503"))
                .body("error", containsString("Nothing was sent"));
        admin(tenant).get(service + "/outbound").then().body("size()", is(0));
    }
}
