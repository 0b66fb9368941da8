package io.switchboard.dashbot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.microsoft.playwright.Page;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.switchboard.support.Api;
import io.switchboard.support.BrowserSession;
import io.switchboard.support.OidcLogins;

/** An admin configures forwarding, backfills a conversation, runs the forwarder and sees the delivery drawn. */
@QuarkusTest
class DashbotBrowserTest {
    @RegisterExtension
    BrowserSession browser = new BrowserSession();

    @OidcWireMock
    WireMockServer oidc;

    @TestHTTPResource("/")
    URL app;

    WireMockServer services;

    @BeforeEach
    void start() {
        services = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        services.start();
    }

    @AfterEach
    void stop() {
        services.stop();
    }

    @Test
    void configureBackfillRunAndSeeIt() {
        String tenant = Api.freshTenant();
        long now = System.currentTimeMillis();
        services.stubFor(get(urlEqualTo("/api/v1/messaging/conversations/cid.77")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id":"cid.77","contactPointId":"default","customerPlatform":"SMS","customerHandle":"+14155550100",
                         "customer":{"firstName":"Ada","lastName":"Lovelace"},
                         "messages":[{"id":"mid.1","fromCustomer":true,"text":"Hello","timestamp":%d}]}""".formatted(now))));
        services.stubFor(post(urlPathEqualTo("/track")).willReturn(aResponse().withStatus(200)));

        OidcLogins.allow(oidc, tenant, "ada", "admin");
        Page page = browser.signIn(app + "integrations/dashbot", "ada");
        assertThat(page.locator("h1")).hasText("Dashbot forwarding");
        page.locator("input[name=enabled]").check();
        page.locator("#f-quiqBaseUrl").fill(services.baseUrl());
        page.locator("#f-quiqApiKey").fill("quiq-key");
        page.locator("#f-dashbotApiKey").fill("dashbot-key");
        page.locator("#f-dashbotUrl").fill(services.baseUrl() + "/track");
        page.locator("input[name=contactPoints][value=default]").check();
        page.getByText("Save", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator(".flash")).hasText("Dashbot settings saved.");
        assertThat(page.locator("#f-quiqApiKey")).hasAttribute("placeholder", "set — leave blank to keep");
        assertThat(page.locator("#f-quiqApiKey")).hasValue("");

        page.locator("#f-conversationIds").fill("cid.77");
        page.getByText("Queue", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator(".flash")).hasText("1 conversation queued; the next run forwards them.");
        page.getByText("Run now").click();
        assertThat(page.locator(".flash")).containsText("1 messages sent");
        assertThat(page.locator("figcaption")).containsText("1 in all");
        services.verify(1, postRequestedFor(urlPathEqualTo("/track")));

        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(java.nio.file.Paths.get("target", "screenshots", "dashbot.png")));
        assertEquals(List.of(), browser.consoleErrors());
    }
}
