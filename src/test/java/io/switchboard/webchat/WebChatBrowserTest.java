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

    /** A fresh tenant whose chat is on with two agents available, and an admin who may sign in. */
    String chatOnWithAgents() {
        String tenant = Api.freshTenant();
        Api.admin(tenant).body(java.util.Map.of("enabled", true)).put("/api/v1/contact-points/default/web-chat").then()
                .statusCode(200);
        Api.as(tenant, "feed", "integration").body(java.util.Map.of("availableAgents", 2, "queued", 0))
                .put("/api/v1/contact-points/default/live-stats").then().statusCode(200);
        OidcLogins.allow(oidc, tenant, "ada", "admin");
        return tenant;
    }

    @Test
    void buildAWelcomeFormSeeItOnTheDemoPageThenSwitchChatOff() {
        String tenant = chatOnWithAgents();
        Page page = browser.signIn(app + "contact-points/default/web-chat#welcome", "ada");

        // a select without options is refused and named; then a proper one, moved to the top
        page.locator("#add-custom input[name=fieldId]").fill("topic");
        page.locator("#add-custom input[name=label]").fill("Topic");
        page.locator("#add-custom select[name=type]").selectOption("select");
        page.getByText("Add custom field").click();
        assertThat(page.locator("#welcome-errors")).containsText("A select needs at least one option");
        page.locator("#add-custom input[name=fieldId]").fill("topic");
        page.locator("#add-custom input[name=label]").fill("Topic");
        page.locator("#add-custom select[name=type]").selectOption("select");
        page.locator("#add-custom input[name=options]").fill("Orders, Returns");
        page.locator("#add-custom input[name=required]").check();
        page.getByText("Add custom field").click();
        assertThat(page.locator(".flash")).hasText("Field added to the welcome form.");
        page.locator("tr[data-field=topic] button[title='Move up']").click();
        page.locator("tr[data-field=topic] button[title='Move up']").click();
        assertThat(page.locator("table.welcome-fields tbody tr").first()).hasAttribute("data-field", "topic");

        page.navigate(app + "webchat-demo/" + tenant + "/default");
        assertThat(page.locator("#demo-state")).hasText("The chat is available.");
        page.locator("#demo-button").click();
        assertThat(page.locator("#demo-form .field").first()).hasAttribute("data-field", "topic");
        assertThat(page.locator("#w-topic option")).hasText(new String[] { "—", "Orders", "Returns" });
        page.getByText("Start chat").click();
        assertThat(page.locator("#e-topic")).hasText("Topic is required.");
        page.locator("#w-topic").selectOption("Returns");
        page.locator("#w-firstName").fill("Ada");
        page.getByText("Start chat").click();
        assertThat(page.locator("#demo-state")).hasText("Welcome form accepted: an agent will be with you shortly.");
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(java.nio.file.Paths.get("target", "screenshots", "webchat-demo.png")));

        page.navigate(app + "contact-points/default/web-chat");
        page.locator("#f-enabled").uncheck();
        page.getByText("Save", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator(".flash")).hasText("Web chat saved.");
        page.navigate(app + "webchat-demo/" + tenant + "/default");
        assertThat(page.locator("#demo-state")).hasText("No chat button: offline: web chat is switched off.");
        assertThat(page.locator("#demo-button")).isHidden();
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void rulesAndMenuItemsEditedOnTheTabAndTheSimulatorFollowsThem() {
        String tenant = chatOnWithAgents();
        Page page = browser.signIn(app + "contact-points/default/web-chat#rules", "ada");
        page.locator("li[data-rule='0'] button").click(); // the default "agents ≥ 1" rule
        assertThat(page.locator(".flash")).hasText("Rule removed.");

        page.locator("#add-rule input[name=name]").fill("Business hours");
        page.locator("#add-rule input[name=from]").fill("9am");
        page.locator("#add-rule input[name=to]").fill("17:00");
        page.getByText("Add rule").click();
        assertThat(page.locator("#rule-errors")).containsText("A time as HH:mm");
        page.locator("#add-rule input[name=name]").fill("Business hours");
        page.locator("#add-rule input[name=from]").fill("09:00");
        page.locator("#add-rule input[name=to]").fill("17:00");
        for (String d : new String[] { "MON", "TUE", "WED", "THU", "FRI" }) {
            page.locator("#add-rule input[name=days][value=" + d + "]").check();
        }
        page.locator("#add-rule input[name=agentsAtLeast]").fill("1");
        page.getByText("Add rule").click();
        assertThat(page.locator(".flash")).hasText("Rule added.");

        page.locator("input[name=at]").fill("2026-11-21T10:00"); // a Saturday
        page.getByText("Simulate").click();
        assertThat(page.locator("#simulated")).containsText("not available");
        assertThat(page.locator("#simulated")).containsText("it is Sat in America/Chicago");
        page.locator("input[name=at]").fill("2026-11-23T10:00"); // a Monday
        page.getByText("Simulate").click();
        assertThat(page.locator("#simulated")).containsText("available — online: rule “Business hours” holds");

        page.locator("#add-menu input[name=label]").fill("Help");
        page.locator("#add-menu input[name=url]").fill("http://example.com/help");
        page.getByText("Add item").click();
        assertThat(page.locator("#menu-errors")).containsText("An https:// address");
        page.locator("#add-menu input[name=label]").fill("Help");
        page.locator("#add-menu input[name=url]").fill("https://example.com/help");
        page.getByText("Add item").click();
        assertThat(page.locator(".flash")).hasText("Menu item added.");
        assertEquals(List.of(), browser.consoleErrors());
    }
}
