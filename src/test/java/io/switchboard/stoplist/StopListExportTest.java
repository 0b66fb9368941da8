package io.switchboard.stoplist;

import static io.switchboard.support.Api.admin;
import static io.switchboard.support.Api.as;
import static io.switchboard.support.Api.freshTenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class StopListExportTest {

    static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv)).getRecords();
    }

    @Test
    void exportsOneContactPointOrAllWithQuotedLabels() throws IOException {
        String tenant = freshTenant();
        admin(tenant).body(Map.of("id", "west", "label", "Sales, \"West\" Back\\slash")).post("/api/v1/contact-points").then()
                .statusCode(201);
        admin(tenant).body(Map.of("add", List.of("+14155550100", "+14155550101")))
                .post("/api/v1/contact-points/default/stop-list").then().statusCode(200);
        admin(tenant).body(Map.of("add", List.of("+442079460958"))).post("/api/v1/contact-points/west/stop-list").then()
                .statusCode(200);

        String one = admin(tenant).accept("text/csv").get("/api/v1/stop-list/export.csv?contactPoint=west").then()
                .statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("stop-list-west.csv")).extract().asString();
        assertThat(one).startsWith("contact_point_id,contact_point_label,phone_number,added_at,source\r\n");
        assertThat(one).contains("west,\"Sales, \"\"West\"\" Back\\slash\",+442079460958,");
        List<CSVRecord> rows = parse(one);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("contact_point_label")).isEqualTo("Sales, \"West\" Back\\slash");
        assertThat(rows.get(0).get("added_at")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(rows.get(0).get("source")).isEqualTo("API");

        String all = admin(tenant).accept("text/csv").get("/api/v1/stop-list/export.csv").then().statusCode(200)
                .extract().asString();
        assertThat(parse(all)).extracting(r -> r.get("contact_point_id") + " " + r.get("phone_number"))
                .containsExactly("default +14155550100", "default +14155550101", "west +442079460958");
        admin(tenant).get("/api/v1/audit?entity=stop_list&action=export").then().body("total", is(2));
    }

    @Test
    void exportIsForAdminsOfTheTenant() {
        String tenant = freshTenant();
        as(tenant, "agent1", "agent").accept("text/csv").get("/api/v1/stop-list/export.csv").then().statusCode(403);
        as(tenant, "m", "manager").accept("text/csv").get("/api/v1/stop-list/export.csv").then().statusCode(403);
        admin(tenant).body(Map.of("id", "private", "label", "Private")).post("/api/v1/contact-points").then().statusCode(201);
        admin(freshTenant()).accept("text/csv").get("/api/v1/stop-list/export.csv?contactPoint=private").then()
                .statusCode(404);
    }
}
