package io.switchboard.stoplist;

import static io.switchboard.support.Api.admin;
import static io.switchboard.support.Api.as;
import static io.switchboard.support.Api.freshTenant;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class StopListApiTest {
    static final String LIST = "/api/v1/contact-points/default/stop-list";

    static List<String> numbers(int count) {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            numbers.add(String.format("+1415555%04d", i));
        }
        return numbers;
    }

    @Test
    void addsFiftyNumbersAtOnce() {
        String tenant = freshTenant();
        admin(tenant).body(Map.of("add", numbers(50))).post(LIST).then().statusCode(200).body("added", hasSize(50));
        admin(tenant).get(LIST).then().statusCode(200).body("total", is(50)).body("entries", hasSize(50))
                .body("entries[0].number", is("+14155550000")).body("entries[0].source", is("API"))
                .body("entries[0].carrierBlocked", is(false));
        admin(tenant).get("/api/v1/audit?entity=stop_list").then().body("total", is(1));
    }

    @Test
    void fiftyOneNumbersChangeNothing() {
        String tenant = freshTenant();
        admin(tenant).body(Map.of("add", numbers(51))).post(LIST).then().statusCode(400)
                .body("details[0]", containsString("At most 50 numbers per submission; you entered 51."));
        admin(tenant).get(LIST).then().body("total", is(0)).body("entries", empty());
    }

    @Test
    void oneInvalidNumberChangesNothingAndEachBadEntryIsNamed() {
        String tenant = freshTenant();
        List<String> typed = new ArrayList<>(numbers(3));
        typed.add("12ab");
        typed.add("+1 555");
        admin(tenant).body(Map.of("add", typed)).post(LIST).then().statusCode(400)
                .body("details", hasSize(2))
                .body("details", hasItem(containsString("12ab"))).body("details", hasItem(containsString("+1 555")));
        admin(tenant).get(LIST).then().body("total", is(0));
    }

    @Test
    void removingReportsWhatWasNotListedAndPagingAndSearchWork() {
        String tenant = freshTenant();
        admin(tenant).body(Map.of("add", numbers(50))).post(LIST).then().statusCode(200);
        admin(tenant).body(Map.of("add", List.of("+442079460958", "+14165550100"))).post(LIST).then().statusCode(200);
        admin(tenant).get(LIST + "?page=2").then().body("total", is(52)).body("page", is(2)).body("entries", hasSize(2));
        admin(tenant).get(LIST + "?q=415555001").then().body("total", is(10)).body("entries", hasSize(10));
        // Digits without the country code find numbers of the tenant's region too.
        admin(tenant).get(LIST + "?q=416").then().body("total", is(1)).body("entries[0].number", is("+14165550100"));
        admin(tenant).queryParam("q", "+44").get(LIST).then().body("total", is(1));
        admin(tenant).get(LIST + "?q=(415) 555-0049").then().body("total", is(1))
                .body("entries[0].number", is("+14155550049"));
        admin(tenant).body(Map.of("remove", List.of("+14155550000", "+14155559999"))).post(LIST).then().statusCode(200)
                .body("removed", contains("+14155550000")).body("notListed", contains("+14155559999"));
        admin(tenant).get(LIST).then().body("total", is(51));
        admin(tenant).get(LIST + "/+14155550000").then().statusCode(404);
    }

    @Test
    void membershipCheckIsTheHotPath() {
        String tenant = freshTenant();
        admin(tenant).body(Map.of("add", List.of("+14155550100"))).post(LIST).then().statusCode(200);
        as(tenant, "agent1", "agent").get(LIST + "/+14155550100").then().statusCode(200)
                .body("number", is("+14155550100")).body("onStopList", is(true)).body("carrierBlocked", is(false))
                .body("source", is("API"));
        as(tenant, "agent1", "agent").get(LIST + "/+14155550101").then().statusCode(404)
                .body("error", containsString("is not on the stop list"));
        as(tenant, "agent1", "agent").get("/api/v1/contact-points/nope/stop-list/+14155550100").then().statusCode(404);
        admin(freshTenant()).get(LIST + "/+14155550100").then().statusCode(404);
    }

    @Test
    void membershipCheckAsTheFirstRequestOfANewTenantProvisionsItFirst() {
        String tenant = freshTenant();
        // No request of this tenant before: its default contact point is created before the lookup answers.
        as(tenant, "sync", "integration").get(LIST + "/+14155550100").then().statusCode(404)
                .body("error", is("+14155550100 is not on the stop list of “default” and not carrier-blocked."));
        admin(tenant).get("/api/v1/contact-points").then().statusCode(200).body("id", contains("default"));
    }

    @Test
    void membershipCheckReadsLocalNumbersInTheTenantRegionAndRefusesOthers() {
        String tenant = freshTenant();
        admin(tenant).body(Map.of("add", List.of("+14155550100"))).post(LIST).then().statusCode(200);
        as(tenant, "sync", "integration").get(LIST + "/(415) 555-0100").then().statusCode(200)
                .body("number", is("+14155550100")).body("addedAt", org.hamcrest.Matchers.notNullValue());
        as(tenant, "sync", "integration").get(LIST + "/not-a-number").then().statusCode(400)
                .body("details[0]", containsString("not-a-number"));
        as(tenant, "sync", "integration").get("/api/v1/contact-points/nope/stop-list/+14155550100").then()
                .statusCode(404).body("error", is("There is no contact point “nope”."));
    }

    @Test
    void membershipCheckReportsACarrierBlockThatOutlivesRemoval() {
        String tenant = freshTenant();
        admin(tenant).body(Map.of("number", "+14155550999", "type", "STANDARD"))
                .post("/api/v1/contact-points/default/sms-numbers").then().statusCode(201);
        admin(tenant).body(Map.of("to", "+14155550999", "from", "+14155550100", "text", "STOP"))
                .post("/api/v1/inbound/sms").then().statusCode(200).body("action", is("OPT_OUT"));
        admin(tenant).body(Map.of("remove", List.of("+14155550100"))).post(LIST).then().statusCode(200);
        as(tenant, "agent1", "agent").get(LIST + "/+14155550100").then().statusCode(200)
                .body("onStopList", is(false)).body("carrierBlocked", is(true))
                .body("carrierBlockedAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void pagingOnFromTheLastNumberShownGivesTheSamePagesAsOffsets() {
        String tenant = freshTenant();
        List<String> all = numbers(120);
        for (int i = 0; i < 120; i += 40) {
            admin(tenant).body(Map.of("add", all.subList(i, i + 40))).post(LIST).then().statusCode(200);
        }
        List<String> page2 = admin(tenant).get(LIST + "?page=2").then().statusCode(200).extract().path("entries.number");
        assertEquals(all.subList(50, 100), page2);
        // keyset: after the last number of page 1; after any number (page is then only the number shown); in a search
        admin(tenant).queryParam("page", 2).queryParam("after", all.get(49)).get(LIST).then().statusCode(200)
                .body("entries.number", is(page2)).body("page", is(2));
        admin(tenant).queryParam("page", 2).queryParam("after", all.get(24)).get(LIST).then().statusCode(200)
                .body("entries.number", is(all.subList(25, 75)));
        admin(tenant).queryParam("q", "415555010").queryParam("after", "+14155550104").get(LIST).then().statusCode(200)
                .body("entries.number", contains("+14155550105", "+14155550106", "+14155550107", "+14155550108",
                        "+14155550109"));
        // a cursor that is not a number is refused, naming it
        admin(tenant).queryParam("page", 3).queryParam("after", "nonsense").get(LIST).then().statusCode(400)
                .body("details[0]", containsString("“nonsense” is not a number of the list"));
        admin(tenant).queryParam("page", 3).get(LIST).then().statusCode(200).body("entries.number", is(all.subList(100, 120)));
    }

    @Test
    void listsArePerContactPoint() {
        String tenant = freshTenant();
        admin(tenant).body(Map.of("id", "sales", "label", "Sales")).post("/api/v1/contact-points").then().statusCode(201);
        admin(tenant).body(Map.of("add", List.of("+14155550100"))).post(LIST).then().statusCode(200);
        admin(tenant).get("/api/v1/contact-points/sales/stop-list/+14155550100").then().statusCode(404);
        admin(tenant).get("/api/v1/contact-points/sales/stop-list").then().body("total", is(0));
    }

    @Test
    void aNumberCannotBeAddedAndRemovedInOneSubmission() {
        String tenant = freshTenant();
        admin(tenant).body(Map.of("add", List.of("+14155550100"), "remove", List.of("+1 415 555 0100"))).post(LIST)
                .then().statusCode(400).body("details[0]", containsString("not both"));
        admin(tenant).body(Map.of()).post(LIST).then().statusCode(400);
        admin(tenant).get(LIST).then().body("total", is(0));
    }

    @Test
    void rolesAndTenantsAreEnforced() {
        String tenant = freshTenant();
        as(tenant, "agent1", "agent").body(Map.of("add", List.of("+14155550100"))).post(LIST).then().statusCode(403);
        as(tenant, "agent1", "agent").get(LIST).then().statusCode(403);
        as(tenant, "manager1", "manager").get(LIST).then().statusCode(200);
        as(tenant, "manager1", "manager").body(Map.of("add", List.of("+14155550100"))).post(LIST).then().statusCode(403);
        as(tenant, "sync", "integration").body(Map.of("add", List.of("+14155550100"))).post(LIST).then().statusCode(200);
        admin(tenant).body(Map.of("id", "private", "label", "Private")).post("/api/v1/contact-points").then().statusCode(201);
        admin(freshTenant()).get("/api/v1/contact-points/private/stop-list").then().statusCode(404);
        admin(freshTenant()).body(Map.of("add", List.of("+14155550100")))
                .post("/api/v1/contact-points/private/stop-list").then().statusCode(404);
    }

    @Test
    void importsACsvFileAllOrNothingWithSourceImport() {
        String tenant = freshTenant();
        String bad = "contact_point_id,contact_point_label,phone_number,added_at,source\n"
                + "default,Default,+14155550100,2026-01-01T00:00:00Z,API\n"
                + "default,Default,12ab,2026-01-01T00:00:00Z,API\n";
        admin(tenant).contentType("text/csv").body(bad).post(LIST + "/import").then().statusCode(400)
                .body("details[0]", containsString("Line 3")).body("details[0]", containsString("12ab"));
        admin(tenant).get(LIST).then().body("total", is(0));
        admin(tenant).contentType("text/csv").body("(415) 555-0100\n+14155550101\n+14155550101\n")
                .post(LIST + "/import").then().statusCode(200).body("added", is(2)).body("alreadyListed", is(0));
        admin(tenant).get(LIST + "/+14155550100").then().statusCode(200).body("source", is("IMPORT"));
        admin(tenant).get(LIST + "/+14155550100/history").then().body("source[0]", is("IMPORT"));
        admin(tenant).get("/api/v1/audit?entity=stop_list&action=import").then().body("total", is(1));
        as(tenant, "agent1", "agent").contentType("text/csv").body("+14155550102").post(LIST + "/import").then()
                .statusCode(403);
    }

    @Test
    void importRefusesUnreadableCsvAndReadsSpreadsheetFilesWithAByteOrderMark() {
        String tenant = freshTenant();
        admin(tenant).contentType("text/csv").body("+14155550100\n\"+14155550101\n")
                .post(LIST + "/import").then().statusCode(400)
                .body("details[0]", containsString("not readable CSV"));
        admin(tenant).get(LIST).then().body("total", is(0));
        admin(tenant).contentType("text/csv; charset=UTF-8").body("\uFEFFphone_number,name\n+14155550100,\"Doe, Jane\"\n")
                .post(LIST + "/import").then().statusCode(200).body("added", is(1));
        admin(tenant).get(LIST + "/+14155550100").then().statusCode(200);
    }
}
