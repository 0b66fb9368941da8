package io.switchboard.outbound;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.List;
import java.util.Map;

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

/** A manager grants Sales "Send notification" on Service; an agent in Sales sends one and cannot start a conversation. */
@QuarkusTest
class OutboundBrowserTest {
    @RegisterExtension
    BrowserSession browser = new BrowserSession();

    @OidcWireMock
    WireMockServer oidc;

    @TestHTTPResource("/")
    URL app;

    @Test
    void managerGrantsSalesNotificationsAndASalesAgentSendsOne() throws Exception {
        String tenant = Api.freshTenant();
        Api.admin(tenant).body(Map.of("id", "service", "label", "Service")).post("/api/v1/contact-points").then().statusCode(201);
        Api.admin(tenant).body(Map.of("number", "+14155550001", "type", "STANDARD"))
                .post("/api/v1/contact-points/service/sms-numbers").then().statusCode(201);
        Api.admin(tenant).body(Map.of("name", "Sales")).post("/api/v1/roles").then().statusCode(201);
        Api.admin(tenant).body(Map.of("name", "Service")).post("/api/v1/roles").then().statusCode(201);
        Api.admin(tenant).body(Map.of("START_CONVERSATION", List.of("Service")))
                .put("/api/v1/contact-points/service/outbound-roles").then().statusCode(200);
        Api.as(tenant, "sam", "agent").get("/api/v1/contact-points").then().statusCode(200);
        Api.admin(tenant).body(Map.of("users", List.of("sam"))).put("/api/v1/roles/Sales/members").then().statusCode(200);
        oidc.stubFor(post(urlEqualTo("/auth/sms-gateway/messages")).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"gw-browser\"}")));

        OidcLogins.allow(oidc, tenant, "mona", "manager");
        Page page = browser.signIn(app + "contact-points/service", "mona");
        assertThat(page.locator("#f-label")).hasCount(0);
        page.locator("#f-SEND_NOTIFICATION input[value=Sales]").check();
        page.getByText("Save", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator(".flash")).hasText("Saved.");
        assertThat(page.locator("#f-SEND_NOTIFICATION input[value=Sales]")).isChecked();
        assertThat(page.locator("#f-START_CONVERSATION input[value=Sales]")).not().isChecked();
        assertEquals(List.of(), browser.consoleErrors());

        OidcLogins.allow(oidc, tenant, "sam", "agent");
        page = browser.newUser();
        browser.signIn(app + "send", "sam");
        var card = page.locator(".standing[data-contact-point=service]");
        assertThat(card.locator("[data-function=SEND_NOTIFICATION]")).containsText("from +14155550001");
        assertThat(card.locator("[data-function=START_CONVERSATION]"))
                .containsText("may not start conversations on Service: only Service may");

        page.locator("#f-contactPoint").selectOption("service");
        page.locator("input[name=function][value=SEND_NOTIFICATION]").check();
        page.locator("#f-to").fill("(415) 555-0100");
        String text = "Your order " + tenant + " shipped"; // unique: the WireMock journal is shared by all tests
        page.locator("#f-text").fill(text);
        page.getByText("Send", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator(".flash")).hasText("Notification sent to +14155550100 from +14155550001.");
        oidc.verify(1, postRequestedFor(urlEqualTo("/auth/sms-gateway/messages")).withRequestBody(
                equalToJson("{\"from\":\"+14155550001\",\"to\":\"+14155550100\",\"text\":\"" + text + "\"}")));

        page.locator("#f-contactPoint").selectOption("service");
        page.locator("input[name=function][value=START_CONVERSATION]").check();
        page.locator("#f-to").fill("+14155550100");
        page.locator("#f-text").fill("Let's talk " + tenant);
        page.getByText("Send", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator("#refused")).containsText("may not start conversations on Service");
        assertThat(page.locator("#f-text")).hasValue("Let's talk " + tenant);
        oidc.verify(0, postRequestedFor(urlEqualTo("/auth/sms-gateway/messages"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing(tenant + "\"")));

        Api.admin(tenant).get("/api/v1/contact-points/service/outbound").then()
                .body("function", org.hamcrest.Matchers.contains("SEND_NOTIFICATION"))
                .body("[0].agent", org.hamcrest.Matchers.is("sam"));
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(java.nio.file.Paths.get("target", "screenshots", "send.png")));
        assertEquals(List.of(), browser.consoleErrors());
    }
}
