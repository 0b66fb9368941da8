package io.switchboard.webchat;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.List;

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

/** Change a color and see the preview change; a low contrast is named; switch chat off and the rest greys out. */
@QuarkusTest
class WebChatBrowserTest {
    @RegisterExtension
    BrowserSession browser = new BrowserSession();

    @OidcWireMock
    WireMockServer oidc;

    @TestHTTPResource("/")
    URL app;

    @Test
    void livePreviewContrastAndTheMasterSwitch() {
        String tenant = Api.freshTenant();
        OidcLogins.allow(oidc, tenant, "ada", "admin");
        Page page = browser.signIn(app + "contact-points/default/web-chat", "ada");
        assertThat(page.locator("#chat-status")).containsText("web chat is switched off");
        assertThat(page.locator("#f-domains")).isDisabled();
        page.locator("#f-enabled").check();
        assertThat(page.locator("#f-domains")).isEnabled();

        page.locator("[data-color=primary]").fill("#cc0000");
        assertEquals("rgb(204, 0, 0)", page.locator(".pv-button").evaluate("e => getComputedStyle(e).backgroundColor"));
        page.locator("[data-color=text]").fill("#dddddd");
        assertThat(page.locator("#contrast-live")).containsText("Text on the background color");

        page.locator("[data-color=text]").fill("#101828");
        page.locator("#f-domains").fill("shop.example.com\n*.example.org");
        page.getByText("Save", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator(".flash")).hasText("Web chat saved.");
        assertEquals("rgb(204, 0, 0)", page.locator(".pv-button").evaluate("e => getComputedStyle(e).backgroundColor"));

        page.locator("input[name=testUrl]").fill("https://example.org/cart");
        page.getByText("Test", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator("#test-result")).hasText("refused: example.org matches no whitelisted domain");

        page.locator("#f-enabled").uncheck();
        assertThat(page.locator("#f-domains")).isDisabled();
        page.getByText("Save", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator("#chat-status")).containsText("switched off");
        Api.admin(tenant).get("/api/v1/contact-points/default/web-chat").then()
                .body("enabled", org.hamcrest.Matchers.is(false))
                .body("colors.primary", org.hamcrest.Matchers.is("#cc0000"))
                .body("whitelistedDomains", org.hamcrest.Matchers.contains("shop.example.com", "*.example.org"));
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(java.nio.file.Paths.get("target", "screenshots", "web-chat.png")));
        assertEquals(List.of(), browser.consoleErrors());
    }
}
