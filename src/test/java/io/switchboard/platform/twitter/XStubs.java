package io.switchboard.platform.twitter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/** X's two endpoints as a test wants them to answer, per access token (so tests never share stubs). */
final class XStubs {
    static final String VERIFY = "/1.1/account/verify_credentials.json";
    static final String SETTINGS = "/1.1/account/settings.json";

    private XStubs() {
    }

    /** A token and secret no other test uses. */
    static String token() {
        return "tok-" + UUID.randomUUID().toString().replace("-", "");
    }

    static String secretOf(String token) {
        return "secret-of-" + token;
    }

    /** An account id no other test uses. */
    static String accountId() {
        return Long.toString(1_000_000_000L + (long) (Math.random() * 8_000_000_000L));
    }

    static void account(WireMockServer x, String token, String id, String screenName, String name) {
        verify(x, token, json("""
                {"id": %s, "id_str": "%s", "screen_name": "%s", "name": "%s", "protected": false}"""
                .formatted(id, id, screenName, name)));
    }

    static void verify(WireMockServer x, String token, ResponseDefinitionBuilder answer) {
        x.stubFor(get(urlPathEqualTo(VERIFY)).withHeader("Authorization", containing("oauth_token=\"" + token + "\""))
                .willReturn(answer));
    }

    static void dms(WireMockServer x, String token, String allowDmsFrom) {
        settings(x, token, json("""
                {"screen_name": "x", "protected": false, "allow_dms_from": "%s", "language": "en"}""".formatted(allowDmsFrom)));
    }

    static void settings(WireMockServer x, String token, ResponseDefinitionBuilder answer) {
        x.stubFor(get(urlPathEqualTo(SETTINGS)).withHeader("Authorization", containing("oauth_token=\"" + token + "\""))
                .willReturn(answer));
    }

    /** A healthy account: verified, DMs from anyone. */
    static void healthy(WireMockServer x, String token, String id, String screenName) {
        account(x, token, id, screenName, "Acme Support");
        dms(x, token, "all");
    }

    static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    static ResponseDefinitionBuilder status(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    static RequestPatternBuilder requested(String path, String token) {
        return getRequestedFor(urlPathEqualTo(path)).withHeader("Authorization", containing("oauth_token=\"" + token + "\""));
    }

    static List<LoggedRequest> received(WireMockServer x, String path, String token) {
        return x.findAll(requested(path, token));
    }
}
