package io.switchboard.timer;

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

/** Override a timer at platform level, see the source change, clear it, see the fallback. */
@QuarkusTest
class TimerBrowserTest {
    @RegisterExtension
    BrowserSession browser = new BrowserSession();

    @OidcWireMock
    WireMockServer oidc;

    @TestHTTPResource("/")
    URL app;

    @Test
    void platformOverrideChangesTheSourceAndClearingFallsBack() {
        String tenant = Api.freshTenant();
        OidcLogins.allow(oidc, tenant, "tess", "admin");
        Page page = browser.signIn(app + "contact-points/default/sms", "tess");

        Locator sms = page.locator("section#timers");
        Locator row = sms.locator("tr[data-timer=RESPONSE_TIMEOUT]");
        assertThat(row.locator(".effective")).hasText("5m");
        assertThat(row.locator(".source")).hasText("tenant");

        row.locator("input").fill("7m 30s");
        sms.getByText("Save timers").click();
        assertThat(page.locator(".flash")).hasText("SMS timers saved.");
        sms = page.locator("section#timers");
        row = sms.locator("tr[data-timer=RESPONSE_TIMEOUT]");
        assertThat(row.locator(".effective")).hasText("7m 30s");
        assertThat(row.locator(".source")).hasText("platform");
        // Other platforms are untouched; the Platforms tab sums them up.
        page.navigate(app + "contact-points/default/platforms");
        assertThat(page.locator("tr[data-platform=SMS] td[data-timer=RESPONSE_TIMEOUT] .source")).hasText("platform");
        assertThat(page.locator("tr[data-platform=WEB_CHAT] td[data-timer=RESPONSE_TIMEOUT] .source")).hasText("tenant");

        page.navigate(app + "contact-points/default/sms");
        row = page.locator("section#timers tr[data-timer=RESPONSE_TIMEOUT]");
        row.locator("input").fill("2m");
        page.locator("section#timers").getByText("Save timers").click();
        assertThat(page.locator("section#timers .error")).containsText("shorter than the Adaptive Response Maximum");
        assertThat(page.locator("section#timers tr[data-timer=RESPONSE_TIMEOUT] input")).hasValue("2m");

        page.navigate(app + "contact-points/default/sms");
        page.locator("section#timers tr[data-timer=RESPONSE_TIMEOUT]").getByText("Use contact point value").click();
        row = page.locator("section#timers tr[data-timer=RESPONSE_TIMEOUT]");
        assertThat(row.locator(".effective")).hasText("5m");
        assertThat(row.locator(".source")).hasText("tenant");
        assertThat(row.locator("input")).hasValue("");

        page.navigate(app + "timers/matrix");
        assertThat(page.locator("table.matrix")).containsText("Default");
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(java.nio.file.Paths.get("target", "screenshots", "timer-matrix.png")));
        assertEquals(java.util.List.of(), browser.consoleErrors());
    }
}
