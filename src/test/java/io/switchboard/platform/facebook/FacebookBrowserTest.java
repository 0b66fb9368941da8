package io.switchboard.platform.facebook;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.List;

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

/** An admin connects a page, sees the subscription item yellow, clicks its fix and sees it green; then disconnects. */
@QuarkusTest
class FacebookBrowserTest {
    @RegisterExtension
    BrowserSession browser = new BrowserSession();

    @OidcWireMock
    WireMockServer oidc;

    @GraphMock.Graph
    WireMockServer graph;

    @TestHTTPResource("/")
    URL app;

    @Test
    void connectSeeTheYellowSubscriptionFixItAndSeeItGreen() {
        String tenant = Api.freshTenant();
        FakeFacebook fb = new FakeFacebook(graph).stub().unsubscribedUntilSubscribed();
        OidcLogins.allow(oidc, tenant, "ada", "admin");
        Page page = browser.signIn(app + "contact-points/default", "ada");
        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions().setName("Facebook").setExact(true))
                .click();
        assertThat(page.locator("#connection h2")).containsText("not connected");

        page.locator("#f-pageUrl").fill("https://www.facebook.com/groups/acme");
        page.locator("#f-userAccessToken").fill(fb.shortToken);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Connect").setExact(true))
                .click();
        assertThat(page.locator("#e-pageUrl")).containsText("not a page");
        assertThat(page.locator("#f-pageUrl")).hasValue("https://www.facebook.com/groups/acme");
        assertThat(page.locator("#f-userAccessToken")).hasValue("");

        page.locator("#f-pageUrl").fill("facebook.com/" + fb.vanity + "/");
        page.locator("#f-userAccessToken").fill(fb.shortToken);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Connect").setExact(true))
                .click();
        assertThat(page.locator(".flash")).containsText("Connected “" + fb.pageName + "”. 1 item needs attention");
        assertThat(page.locator("#fb-page-name")).containsText(fb.pageName);
        Locator subscription = page.locator("li[data-item=SUBSCRIPTION]");
        assertThat(subscription).hasAttribute("data-status", "YELLOW");
        assertThat(subscription.locator(".fb-mark")).hasText("!");
        assertThat(subscription.locator(".fb-fix")).containsText("Subscribe the app to the page's messages");
        assertThat(page.locator("li[data-item=ASSOCIATE_USER] .fb-mark")).hasText("✓");
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(java.nio.file.Paths.get("target", "screenshots", "facebook-yellow.png")));

        subscription.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Subscribe the app").setExact(true)).click();
        assertThat(page.locator(".flash")).containsText("The app is subscribed to “" + fb.pageName + "”");
        assertThat(page.locator("li[data-item=SUBSCRIPTION]")).hasAttribute("data-status", "GREEN");
        assertThat(page.locator("li[data-item=SUBSCRIPTION] .fb-mark")).hasText("✓");
        assertThat(page.locator("li.fb-yellow")).hasCount(0);
        assertThat(page.locator("#connection h2")).containsText("ready");
        graph.verify(1, postRequestedFor(urlPathEqualTo(FakeFacebook.V + "/" + fb.pageId + "/subscribed_apps")));
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(java.nio.file.Paths.get("target", "screenshots", "facebook-green.png")));

        page.getByText("Disconnect…").click();
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Disconnect “" + fb.pageName + "”").setExact(true)).click();
        assertThat(page.locator(".flash")).containsText("Disconnected “" + fb.pageName + "”");
        assertThat(page.locator("#connection h2")).containsText("not connected");
        assertEquals(List.of(), browser.consoleErrors());
    }
}
