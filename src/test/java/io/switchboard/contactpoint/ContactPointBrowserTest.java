package io.switchboard.contactpoint;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.microsoft.playwright.Page;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.switchboard.support.Api;
import io.switchboard.support.BrowserSession;
import io.switchboard.support.OidcLogins;

/** A real browser signs in through the OIDC code flow and works with contact points through the pages. */
@QuarkusTest
class ContactPointBrowserTest {
    @RegisterExtension
    BrowserSession browser = new BrowserSession();

    @OidcWireMock
    WireMockServer oidc;

    @TestHTTPResource("/")
    URL app;

    @Test
    void signsInCreatesAndRenamesAContactPointThenSignsOut() {
        String tenant = Api.freshTenant();
        OidcLogins.allow(oidc, tenant, "ada", "admin");
        Page page = browser.signIn(app + "contact-points", "ada");

        assertThat(page.locator("h1")).hasText("Contact points");
        assertThat(page.locator(".topbar .tenant")).hasText(tenant);
        assertThat(page.locator(".topbar .user")).hasText("ada");

        page.locator("#f-id").fill("Bad Id");
        page.locator("#f-label").fill("Sales");
        page.getByText("Create contact point").click();
        assertThat(page.locator(".field.invalid .error")).containsText("Use lowercase letters");
        assertThat(page.locator("#f-label")).hasValue("Sales");

        page.locator("#f-id").fill("sales-en");
        page.getByText("Create contact point").click();
        assertThat(page.locator(".flash")).hasText("Contact point “sales-en” created.");
        assertThat(page.locator("h1")).containsText("Sales");

        page.locator("#f-label").fill("Sales (English)");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
        assertThat(page.locator(".flash")).hasText("Saved.");
        assertThat(page.locator("h1")).containsText("Sales (English)");

        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(java.nio.file.Paths.get("target", "screenshots", "contact-point-general.png")));
        page.getByText("Contact points").first().click();
        assertThat(page.locator("table.grid")).containsText("Sales (English)");
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(java.nio.file.Paths.get("target", "screenshots", "contact-point-list.png")));

        page.getByText("Audit log").click();
        assertThat(page.locator("table.audit")).containsText("sales-en");
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(java.nio.file.Paths.get("target", "screenshots", "audit.png")));

        page.getByText("Sign out").click();
        assertThat(page.locator("h1")).hasText("You have signed out");
        page.navigate(app + "contact-points");
        assertThat(page.locator("#username")).isVisible();

        assertEquals(java.util.List.of(), browser.consoleErrors());
    }
}
