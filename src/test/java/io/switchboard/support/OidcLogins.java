package io.switchboard.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * Teaches the WireMock OIDC provider to sign in a particular user: its login form posts the username,
 * the provider redirects back with a code for that user, and the token endpoint answers that code with
 * signed tokens carrying the user's tenant and roles.
 */
public final class OidcLogins {
    private OidcLogins() {
    }

    public static void allow(WireMockServer server, String tenant, String username, String... roles) {
        String code = "code-" + username;
        server.stubFor(get(urlPathEqualTo("/login")).withQueryParam("username", equalTo(username)).atPriority(1)
                .willReturn(aResponse().withStatus(302)
                        .withHeader("Location", "{{request.query.redirect_uri}}?state={{request.query.state}}&code=" + code)
                        .withTransformers("response-template")));
        String body = "{\"access_token\":\"" + Tokens.bearer(tenant, username, roles) + "\","
                + "\"id_token\":\"" + Tokens.idToken(tenant, username, roles) + "\","
                + "\"token_type\":\"Bearer\",\"expires_in\":3600}";
        server.stubFor(post(urlPathEqualTo("/auth/realms/quarkus/token")).withRequestBody(containing("code=" + code))
                .atPriority(1)
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
        server.stubFor(get(urlPathEqualTo("/auth/realms/quarkus/protocol/openid-connect/end-session")).atPriority(1)
                .willReturn(aResponse().withStatus(302)
                        .withHeader("Location", "{{request.query.post_logout_redirect_uri}}")
                        .withTransformers("response-template")));
    }
}
