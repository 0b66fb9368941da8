package io.switchboard.sms;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.switchboard.support.Forms;

@QuarkusTest
class SmsTabPageTest {
    static final String TAB = "/contact-points/default/sms";

    static String flash(String cookie) {
        return URLDecoder.decode(cookie, StandardCharsets.UTF_8);
    }

    @Test
    @TestSecurity(user = "pat", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "page-sms-numbers"))
    void addsANumberInAnyNotationAndRefusesABadOneAtTheField() {
        String flash = Forms.from(TAB).formParam("number", "(415) 555-1234").formParam("type", "STANDARD")
                .formParam("divertTo", "").post(TAB + "/numbers").then().statusCode(303)
                .header("Location", containsString(TAB)).extract().cookie("sb-flash");
        given().cookie("sb-flash", flash).get(TAB).then().statusCode(200)
                .body(containsString("+14155551234 added as Standard."))
                .body(containsString("<code>+14155551234</code>"));
        Forms.from(TAB).formParam("number", "12ab").formParam("type", "INCOMING_ONLY").formParam("divertTo", "")
                .post(TAB + "/numbers").then().statusCode(400)
                .body(containsString("nothing was added"))
                .body(containsString("value=\"12ab\""))
                .body(containsString("Choose the standard number of this contact point"));
        given().get(TAB).then().body(not(containsString("12ab")));
    }

    @Test
    @TestSecurity(user = "pat", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "page-sms-last-standard"))
    void refusesToRemoveTheLastStandardNumberOthersDivertTo() {
        Forms.from(TAB).formParam("number", "+14155550100").formParam("type", "STANDARD").post(TAB + "/numbers").then()
                .statusCode(303);
        Forms.from(TAB).formParam("number", "+18005550199").formParam("type", "INCOMING_ONLY")
                .formParam("divertTo", "+14155550100").post(TAB + "/numbers").then().statusCode(303);
        Forms.from(TAB).post(TAB + "/numbers/+14155550100/delete").then().statusCode(409)
                .body(containsString("last standard number")).body(containsString("+18005550199"));
        given().get(TAB).then().body(containsString("<code>+14155550100</code>"));
    }

    @Test
    @TestSecurity(user = "pat", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "page-sms-paging"))
    void nextAndPreviousPageOnFromTheNumbersShown() {
        for (int from = 0; from < 60; from += 30) {
            int start = from;
            String batch = IntStream.range(start, start + 30).mapToObj(i -> String.format("+1415555%04d", i))
                    .collect(Collectors.joining(", "));
            Forms.from(TAB).formParam("numbers", batch).formParam("op", "add").post(TAB + "/stop-list").then().statusCode(303);
        }
        given().get(TAB).then().statusCode(200).body(containsString("Page 1 of 2"))
                .body(containsString("sms?q=&page=2&after=%2B14155550049#stop-list\">Next"));
        given().queryParam("page", 2).queryParam("after", "+14155550049").get(TAB).then().statusCode(200)
                .body(containsString("Page 2 of 2"))
                .body(containsString("<code>+14155550050</code>")).body(containsString("<code>+14155550059</code>"))
                .body(not(containsString("<code>+14155550049</code>")))
                .body(containsString("sms?q=&page=1&before=%2B14155550050#stop-list\">← Previous"));
        given().queryParam("page", 1).queryParam("before", "+14155550050").get(TAB).then().statusCode(200)
                .body(containsString("Page 1 of 2"))
                .body(containsString("<code>+14155550000</code>")).body(containsString("<code>+14155550049</code>"))
                .body(not(containsString("<code>+14155550050</code>")));
        // found from the cursor, not the page number: the 50 numbers before +14155550055 are 05 … 54
        given().queryParam("page", 1).queryParam("before", "+14155550055").get(TAB).then().statusCode(200)
                .body(containsString("<code>+14155550005</code>")).body(containsString("<code>+14155550054</code>"))
                .body(not(containsString("<code>+14155550004</code>")));
    }

    @Test
    @TestSecurity(user = "pat", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "page-sms-bulk"))
    void bulkAddIsAllOrNothingAndNamesEachBadEntry() {
        String typed = "+14155550100, 12ab\n(415) 555-0101 +1 555";
        Forms.from(TAB).formParam("numbers", typed).formParam("op", "add").post(TAB + "/stop-list").then()
                .statusCode(400).body(containsString("Nothing was changed"))
                .body(containsString("“12ab”")).body(containsString("“+1 555”"))
                .body(containsString("+14155550100, 12ab"));
        given().get(TAB).then().body(containsString("The stop list is empty."));

        String fiftyOne = IntStream.range(0, 51).mapToObj(i -> String.format("+1415555%04d", i))
                .collect(Collectors.joining(", "));
        Forms.from(TAB).formParam("numbers", fiftyOne).formParam("op", "add").post(TAB + "/stop-list").then()
                .statusCode(400).body(containsString("At most 50 numbers per submission; you entered 51."));

        String flash = Forms.from(TAB).formParam("numbers", "+14155550100\n(415) 555-0101").formParam("op", "add")
                .post(TAB + "/stop-list").then().statusCode(303).extract().cookie("sb-flash");
        given().cookie("sb-flash", flash).get(TAB).then().body(containsString("2 numbers added to the stop list."))
                .body(containsString("<strong>2</strong> numbers on this contact point"))
                .body(containsString("<code>+14155550101</code>"));
    }

    @Test
    @TestSecurity(user = "pat", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "page-sms-block"))
    void removalSaysTheCarrierBlockStaysUntilStart() {
        Forms.from(TAB).formParam("number", "+14155550001").formParam("type", "STANDARD").post(TAB + "/numbers").then()
                .statusCode(303);
        given().contentType(ContentType.JSON).body(Map.of("to", "+14155550001", "from", "+14155550123", "text", "STOP"))
                .post("/api/v1/inbound/sms").then().statusCode(200);
        given().get(TAB).then().body(containsString("blocked until START"));
        String flash = Forms.from(TAB).formParam("numbers", "+14155550123").formParam("op", "remove")
                .post(TAB + "/stop-list").then().statusCode(303).extract().cookie("sb-flash");
        assert flash(flash).contains("the customer must text START");
        given().get(TAB + "/stop-list/+14155550123").then().statusCode(200)
                .body(containsString("Not on the stop list."))
                .body(containsString("Carrier-blocked"))
                .body(containsString("Removed from the stop list"))
                .body(containsString("Carrier block set"))
                .body(containsString("Keyword from the customer"));
    }

    @Test
    @TestSecurity(user = "pat", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "page-sms-review"))
    void reviewQueueAppliesOrDismissesInOneClick() {
        Forms.from(TAB).formParam("number", "+14155550001").formParam("type", "STANDARD").post(TAB + "/numbers").then()
                .statusCode(303);
        given().contentType(ContentType.JSON)
                .body(Map.of("to", "+14155550001", "from", "+14155550123", "text", "please stop texting me"))
                .post("/api/v1/inbound/sms").then().statusCode(200);
        String page = given().get(TAB).then().body(containsString("“please stop texting me”")).extract().asString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/sms/reviews/(\\d+)/apply").matcher(page);
        assert m.find();
        Forms.from(TAB).post(TAB + "/reviews/" + m.group(1) + "/apply").then().statusCode(303);
        given().get(TAB).then().body(containsString("Nothing to review."))
                .body(containsString("<code>+14155550123</code>"));
    }

    @Test
    @TestSecurity(user = "pat", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "page-sms-csrf"))
    void aFormWithoutItsCsrfTokenIsRejectedAndChangesNothing() {
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("numbers", "+14155550100").formParam("op", "add").post(TAB + "/stop-list").then()
                .statusCode(400).body(containsString("This form has expired"));
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").cookie("sb-csrf", "a")
                .formParam("csrf-token", "b").formParam("number", "+14155550100").formParam("type", "STANDARD")
                .post(TAB + "/numbers").then().statusCode(400);
        given().get(TAB).then().body(containsString("The stop list is empty.")).body(containsString("No SMS numbers yet."));
    }

    @Test
    @TestSecurity(user = "mia", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "page-sms-manager"))
    void managersSeeTheTabWithoutForms() {
        given().get(TAB).then().statusCode(200).body(containsString("Stop list"))
                .body(not(containsString("Add to stop list"))).body(not(containsString("Add number")));
    }

    @Test
    @TestSecurity(user = "mia", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "page-sms-manager-post"))
    void managersCannotChangeTheStopList() {
        given().redirects().follow(false).cookie("sb-csrf", "t").formParam("csrf-token", "t")
                .formParam("numbers", "+14155550100").formParam("op", "add")
                .post(TAB + "/stop-list").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "pat", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "page-sms-import"))
    void importsAnUploadedCsvAllOrNothingAndNamesBadLines() {
        byte[] bad = "phone_number\n+14155550100\n12ab\n".getBytes(StandardCharsets.UTF_8);
        Forms.multipartFrom(TAB).multiPart("file", "numbers.csv", bad, "text/csv").post(TAB + "/stop-list/import")
                .then().statusCode(400).body(containsString("Nothing was imported"))
                .body(containsString("Line 3: ")).body(containsString("12ab"));
        given().get(TAB).then().body(containsString("The stop list is empty."));

        Forms.multipartFrom(TAB).multiPart("file", "", new byte[0], "application/octet-stream")
                .post(TAB + "/stop-list/import").then().statusCode(400)
                .body(containsString("Choose a CSV file to import."));
        Forms.multipartFrom(TAB).multiPart("file", "latin1.csv", new byte[] { '+', '1', (byte) 0xE9, '\n' }, "text/csv")
                .post(TAB + "/stop-list/import").then().statusCode(400).body(containsString("not UTF-8"));

        byte[] good = "phone_number,name\n(415) 555-0100,\"Doe, Jane\"\n+14155550101,Sam\n".getBytes(StandardCharsets.UTF_8);
        String flash = Forms.multipartFrom(TAB).multiPart("file", "numbers.csv", good, "text/csv")
                .post(TAB + "/stop-list/import").then().statusCode(303).extract().cookie("sb-flash");
        given().cookie("sb-flash", flash).get(TAB).then()
                .body(containsString("2 numbers from numbers.csv added to the stop list."))
                .body(containsString("<code>+14155550100</code>")).body(containsString("Import"));

        // without the form's token the upload is refused and changes nothing
        given().redirects().follow(false).multiPart("file", "more.csv", "+14155550102".getBytes(StandardCharsets.UTF_8), "text/csv")
                .post(TAB + "/stop-list/import").then().statusCode(400).body(containsString("This form has expired"));
        given().get(TAB).then().body(not(containsString("+14155550102")));
    }
}
