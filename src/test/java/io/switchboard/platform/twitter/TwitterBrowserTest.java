package io.switchboard.platform.twitter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.switchboard.platform.twitter.XStubs.secretOf;
import static io.switchboard.platform.twitter.XStubs.token;
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

/** An admin connects an X account, is warned that DMs are restricted, fixes it on X, checks again and sees green. */
@QuarkusTest
class TwitterBrowserTest {
    @RegisterExtension
    BrowserSession browser = new BrowserSession();

    @OidcWireMock
    WireMockServer oidc;
    @TwitterMock.Server
    WireMockServer x;

    @TestHTTPResource("/")
    URL app;

    @Test
    void connectSeeTheDmWarningFixItAndCheckAgain() {
        String tenant = Api.freshTenant();
        String token = token();
        String id = XStubs.accountId();
        XStubs.account(x, token, id, "acme_care", "Acme Care");
        XStubs.dms(x, token, "following");

        OidcLogins.allow(oidc, tenant, "ada", "admin");
        Page page = browser.signIn(app + "contact-points/default", "ada");
        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Twitter/X")).click();
        assertThat(page.locator("#twitter-not-connected")).containsText("No X account is connected");
        page.locator("#f-accessToken").fill(token);
        page.locator("#f-accessTokenSecret").fill(secretOf(token));
        page.getByText("Connect", new Page.GetByTextOptions().setExact(true)).click();

        assertThat(page.locator(".flash")).hasText("Connected @acme_care. Some checks need attention: see the checklist.");
        assertThat(page.locator("#twitter-screen-name")).hasText("@acme_care");
        assertThat(page.locator("#account")).containsText(id);
        assertThat(page.locator("li[data-item=account]")).hasClass("check-green");
        assertThat(page.locator("li[data-item=dmsFromAnyone]")).hasClass("check-yellow");
        assertThat(page.locator("li[data-item=dmsFromAnyone]")).containsText("WARNING: only people this account follows");
        assertThat(page.locator("li[data-item=dmsFromAnyone] .fix")).containsText(
                "On X: Settings → Privacy and safety → Direct messages → Allow message requests from everyone");
        assertThat(page.locator("#account")).not().containsText(token);

        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(java.nio.file.Paths.get("target", "screenshots", "twitter-warning.png")));

        XStubs.dms(x, token, "all"); // the admin changed the setting on X
        page.getByText("Check again", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator(".flash")).hasText("Checked: every check passed.");
        assertThat(page.locator("li[data-item=dmsFromAnyone]")).hasClass("check-green");
        assertThat(page.locator("li[data-item=dmsFromAnyone]")).containsText("Anyone can send this account a direct message");
        assertThat(page.locator(".check-yellow")).hasCount(0);

        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(java.nio.file.Paths.get("target", "screenshots", "twitter.png")));
        assertEquals(List.of(), browser.consoleErrors());
    }
}
