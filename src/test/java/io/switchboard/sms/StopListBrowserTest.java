package io.switchboard.sms;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.switchboard.support.Api;
import io.switchboard.support.BrowserSession;
import io.switchboard.support.OidcLogins;

/** Bulk add with a bad entry (nothing changes), fix it, add, remove one still carrier-blocked, export CSV, import it back. */
@QuarkusTest
class StopListBrowserTest {
    @RegisterExtension
    BrowserSession browser = new BrowserSession();

    @OidcWireMock
    WireMockServer oidc;

    @TestHTTPResource("/")
    URL app;

    @Test
    void bulkAddRemoveAndExport() throws Exception {
        String tenant = Api.freshTenant();
        Api.admin(tenant).body(Map.of("number", "+14155550001", "type", "STANDARD"))
                .post("/api/v1/contact-points/default/sms-numbers").then().statusCode(201);
        Api.as(tenant, "gateway", "integration").body(Map.of("to", "+14155550001", "from", "+14155550199", "text", "STOP"))
                .post("/api/v1/inbound/sms").then().statusCode(200);
        OidcLogins.allow(oidc, tenant, "sam", "admin");
        Page page = browser.signIn(app + "contact-points/default/sms", "sam");
        assertThat(page.locator("#stop-list strong")).hasText("1");
        assertThat(page.locator("table.stop-list")).containsText("blocked until START");

        page.locator("#f-numbers").fill("(415) 555-0100, 415-555-0101\n+1 415 555 0102, 12ab");
        page.getByText("Add to stop list").click();
        assertThat(page.locator("#stop-list-errors")).containsText("“12ab” is not a phone number");
        assertThat(page.locator("#f-numbers")).hasValue("(415) 555-0100, 415-555-0101\n+1 415 555 0102, 12ab");
        assertThat(page.locator("#stop-list strong")).hasText("1");

        page.locator("#f-numbers").fill("(415) 555-0100, 415-555-0101\n+1 415 555 0102");
        page.getByText("Add to stop list").click();
        assertThat(page.locator(".flash")).hasText("3 numbers added to the stop list.");
        assertThat(page.locator("#stop-list strong")).hasText("4");
        assertThat(page.locator("table.stop-list")).containsText("+14155550102");

        page.locator("#f-numbers").fill("+14155550100 +14155550199");
        page.getByText("Remove from stop list").click();
        assertThat(page.locator(".flash")).containsText("2 numbers removed from the stop list.");
        assertThat(page.locator(".flash")).containsText("Carrier block stays on +14155550199");
        assertThat(page.locator("#stop-list strong")).hasText("2");

        page.locator("input[name=contactPoint][value='']").check();
        Download download = page.waitForDownload(() -> page.getByText("Download CSV").click());
        assertEquals("stop-lists.csv", download.suggestedFilename());
        List<String> lines = Files.readAllLines(download.path());
        assertEquals("contact_point_id,contact_point_label,phone_number,added_at,source", lines.get(0));
        assertEquals(3, lines.size());
        assertTrue(lines.get(1).startsWith("default,Default,+14155550101,"), lines.get(1));
        assertTrue(lines.get(2).endsWith(",ADMIN"), lines.get(2));

        // the export reads back as an import; a bad line first refuses the whole file
        String exported = String.join("\n", lines);
        page.locator("input[type=file][name=file]").setInputFiles(new FilePayload("bad.csv", "text/csv",
                (exported + "\ndefault,Default,555-CALL-ME,2026-01-01T00:00:00Z,ADMIN\n").getBytes(StandardCharsets.UTF_8)));
        page.getByText("Import", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator("#import-errors")).containsText("Line 4: ");
        assertThat(page.locator("#stop-list strong")).hasText("2");
        page.locator("input[type=file][name=file]").setInputFiles(new FilePayload("numbers.csv", "text/csv",
                (exported + "\ndefault,Default,(415) 555-0177,2026-01-01T00:00:00Z,ADMIN\n").getBytes(StandardCharsets.UTF_8)));
        page.getByText("Import", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator(".flash")).hasText("1 number from numbers.csv added to the stop list. 2 numbers already on it.");
        assertThat(page.locator("#stop-list strong")).hasText("3");
        assertThat(page.locator("table.stop-list")).containsText("+14155550177");

        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(java.nio.file.Paths.get("target", "screenshots", "sms-tab.png")));
        assertEquals(List.of(), browser.consoleErrors());
    }
}
