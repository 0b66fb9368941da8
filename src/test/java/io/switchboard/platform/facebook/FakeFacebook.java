package io.switchboard.platform.facebook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

/**
 * One user and one page as the Graph API mock answers them, healthy unless a test changes it. Every value is unique
 * to the instance, so stubs of different tests never match each other's requests.
 */
final class FakeFacebook {
    static final String APP_ID = "424242";
    static final String V = "/v21.0";

    final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    String shortToken = "EAAshort" + suffix;
    String longToken = "EAAlong" + suffix;
    String pageToken = "EAApage" + suffix;
    final String userId = "10" + digits(12);
    final String userName = "Ada Lovelace";
    final String vanity = "AcmeSupport" + suffix;
    final String pageId = "1" + digits(14);
    final String pageName = "Acme Support " + suffix;
    Instant expiresAt = Instant.now().plus(Duration.ofDays(60)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    boolean tokenValid = true;
    boolean managesPage = true;
    List<String> subscribedFields = List.of("messages", "messaging_postbacks");
    Map<String, String> permissions = new LinkedHashMap<>(Map.of("pages_messaging", "granted", "pages_manage_metadata",
            "granted", "pages_show_list", "granted"));

    private final WireMockServer graph;

    FakeFacebook(WireMockServer graph) {
        this.graph = graph;
    }

    /** A new Facebook Login of the same user: new short-, long-lived and page tokens. Call {@link #stub()} after. */
    FakeFacebook renewTokens() {
        String again = UUID.randomUUID().toString().replace("-", "").substring(0, 6);
        shortToken = "EAAshort" + again + suffix;
        longToken = "EAAlong" + again + suffix;
        pageToken = "EAApage" + again + suffix;
        return this;
    }

    String pageUrl() {
        return "https://www.facebook.com/" + vanity;
    }

    /** Stubs every request of the checklist with the current values. */
    FakeFacebook stub() {
        graph.stubFor(get(urlPathEqualTo(V + "/oauth/access_token")).withQueryParam("fb_exchange_token", equalTo(shortToken))
                .willReturn(json("{\"access_token\":\"" + longToken + "\",\"token_type\":\"bearer\",\"expires_in\":5183944}")));
        graph.stubFor(get(urlPathEqualTo(V + "/me")).withQueryParam("access_token", equalTo(longToken))
                .willReturn(json("{\"id\":\"" + userId + "\",\"name\":\"" + userName + "\"}")));
        stubDebugToken();
        graph.stubFor(get(urlPathEqualTo(V + "/" + vanity)).withQueryParam("fields", equalTo("id,name"))
                .withQueryParam("access_token", equalTo(longToken))
                .willReturn(json("{\"id\":\"" + pageId + "\",\"name\":\"" + pageName + "\"}")));
        graph.stubFor(get(urlPathEqualTo(V + "/" + pageId)).withQueryParam("fields", equalTo("id,name"))
                .withQueryParam("access_token", equalTo(longToken))
                .willReturn(json("{\"id\":\"" + pageId + "\",\"name\":\"" + pageName + "\"}")));
        graph.stubFor(get(urlPathEqualTo(V + "/" + pageId)).withQueryParam("fields", equalTo("access_token"))
                .withQueryParam("access_token", equalTo(longToken))
                .willReturn(json(managesPage ? "{\"access_token\":\"" + pageToken + "\",\"id\":\"" + pageId + "\"}"
                        : "{\"id\":\"" + pageId + "\"}")));
        stubSubscribedApps(subscribedFields, null, null);
        stubPermissions();
        return this;
    }

    void stubDebugToken() {
        graph.stubFor(get(urlPathEqualTo(V + "/debug_token")).withQueryParam("input_token", equalTo(longToken))
                .willReturn(json(tokenValid
                        ? "{\"data\":{\"app_id\":\"" + APP_ID + "\",\"type\":\"USER\",\"is_valid\":true,\"expires_at\":"
                                + (expiresAt == null ? 0 : expiresAt.getEpochSecond()) + ",\"user_id\":\"" + userId + "\"}}"
                        : "{\"data\":{\"app_id\":\"" + APP_ID + "\",\"is_valid\":false,\"error\":{\"code\":190,"
                                + "\"message\":\"Error validating access token: Session has expired.\"},\"user_id\":\""
                                + userId + "\"}}")));
    }

    void stubPermissions() {
        String data = permissions.entrySet().stream()
                .map(e -> "{\"permission\":\"" + e.getKey() + "\",\"status\":\"" + e.getValue() + "\"}")
                .collect(Collectors.joining(","));
        graph.stubFor(get(urlPathEqualTo(V + "/me/permissions")).withQueryParam("access_token", equalTo(longToken))
                .willReturn(json("{\"data\":[" + data + "]}")));
    }

    /** {@code fields} null: the app is not subscribed at all. In a scenario state when given. */
    void stubSubscribedApps(List<String> fields, String scenario, String state) {
        String data = fields == null ? "" : "{\"category\":\"Business\",\"name\":\"Switchboard\",\"id\":\"" + APP_ID
                + "\",\"subscribed_fields\":[" + fields.stream().map(f -> "\"" + f + "\"").collect(Collectors.joining(","))
                + "]}";
        MappingBuilder m = get(urlPathEqualTo(V + "/" + pageId + "/subscribed_apps"))
                .withQueryParam("access_token", equalTo(pageToken));
        if (scenario != null) {
            m = m.inScenario(scenario).whenScenarioStateIs(state);
        }
        graph.stubFor(m.willReturn(json("{\"data\":[{\"category\":\"Other\",\"name\":\"Some other app\",\"id\":\"999\","
                + "\"subscribed_fields\":[\"feed\"]}" + (data.isEmpty() ? "" : "," + data) + "]}")));
    }

    /** Not subscribed until the app POSTs the subscription; subscribed after. */
    FakeFacebook unsubscribedUntilSubscribed() {
        String scenario = "subscription-" + pageId;
        stubSubscribedApps(null, scenario, Scenario.STARTED);
        stubSubscribedApps(List.of("messages", "messaging_postbacks"), scenario, "subscribed");
        graph.stubFor(post(urlPathEqualTo(V + "/" + pageId + "/subscribed_apps")).inScenario(scenario)
                .withQueryParam("subscribed_fields", equalTo("messages,messaging_postbacks"))
                .withQueryParam("access_token", equalTo(pageToken)).willSetStateTo("subscribed")
                .willReturn(json("{\"success\":true}")));
        return this;
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder graphError(int status, int code, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"" + message + "\",\"type\":\"OAuthException\",\"code\":" + code
                        + ",\"fbtrace_id\":\"AbC\"}}");
    }

    Map<String, Object> connectBody() {
        return Map.of("userAccessToken", shortToken, "pageUrl", pageUrl());
    }

    private static String digits(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(ThreadLocalRandom.current().nextInt(10));
        }
        return sb.toString();
    }
}
