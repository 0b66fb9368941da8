package io.switchboard.platform;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.switchboard.support.Api;
import io.switchboard.support.BrowserSession;
import io.switchboard.support.OidcLogins;

/** An admin requests WhatsApp, records the approval, enables it and reads the history; GBM is shown retired. */
@QuarkusTest
class PlatformsBrowserTest {
    @RegisterExtension
    BrowserSession browser = new BrowserSession();

    @OidcWireMock
    WireMockServer oidc;

    @TestHTTPResource("/")
    URL app;

    @Test
    void requestApproveAndEnableWhatsappThenReadTheHistory() {
        String tenant = Api.freshTenant();
        OidcLogins.allow(oidc, tenant, "wanda", "admin");
        Page page = browser.signIn(app + "contact-points/default/platforms", "wanda");

        Locator whatsapp = page.locator("section#whatsapp");
        assertThat(whatsapp.locator("h2 .badge")).hasText("Not requested");
        whatsapp.getByLabel("Phone number").fill("(415) 555-0123");
        whatsapp.getByLabel("Display name").fill("Acme Support");
        whatsapp.getByLabel("WhatsApp Business Account ID").fill("102938475610293");
        whatsapp.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Submit request")).click();

        assertThat(page.locator(".flash")).hasText("WhatsApp: request submitted.");
        whatsapp = page.locator("section#whatsapp");
        assertThat(whatsapp.locator("h2 .badge")).hasText("Requested");
        assertThat(whatsapp.locator("dl.platform-details")).containsText("+14155550123");
        assertThat(whatsapp.locator("dl.platform-details")).containsText("Acme Support");

        whatsapp.getByLabel("Reason (required to record a rejection) or note").fill("Approved in Meta Business Suite");
        whatsapp.getByText("Record approval").click();
        assertThat(page.locator(".flash")).hasText("WhatsApp: approval recorded.");
        assertThat(page.locator("section#whatsapp h2 .badge")).hasText("Approved");

        page.locator("section#whatsapp").getByText("Enable", new Locator.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator(".flash")).hasText("WhatsApp enabled.");
        whatsapp = page.locator("section#whatsapp");
        assertThat(whatsapp.locator("h2 .badge")).hasText("Enabled");
        assertThat(whatsapp.locator("button[value=DISABLE]")).isVisible();

        Locator history = whatsapp.locator("table.history tbody tr");
        assertThat(history).hasCount(3);
        assertThat(history.nth(0)).containsText("Approved → Enabled");
        assertThat(history.nth(0)).containsText("wanda");
        assertThat(history.nth(1)).containsText("Requested → Approved");
        assertThat(history.nth(1)).containsText("Approved in Meta Business Suite");
        assertThat(history.nth(2)).containsText("Not requested → Requested");

        Locator gbm = page.locator("section#google-messages");
        assertThat(gbm.locator("h2 .badge")).hasText("Retired");
        assertThat(gbm).containsText("shut down by Google on 31 July 2024");
        assertThat(gbm.locator("button")).hasCount(0);
        assertThat(gbm.locator("input")).hasCount(0);

        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(java.nio.file.Paths.get("target", "screenshots", "platforms-tab.png")));
        assertEquals(java.util.List.of(), browser.consoleErrors());
    }
}
