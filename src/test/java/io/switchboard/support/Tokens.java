package io.switchboard.support;

import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/** Signed tokens from the test OIDC provider's key, as an IdP would issue them. */
public final class Tokens {
    private Tokens() {
    }

    public static String bearer(String tenant, String username, String... roles) {
        var builder = Jwt.preferredUserName(username).subject("sub-" + username).groups(Set.of(roles))
                .claim("email", username + "@example.com").claim("name", username)
                .issuer("https://server.example.com").audience("https://service.example.com").expiresIn(3600);
        if (tenant != null) {
            builder.claim("tenant", tenant);
        }
        return builder.jws().keyId("1").sign();
    }

    /** An ID token for the authorization code flow (audience = the app's client id). */
    public static String idToken(String tenant, String username, String... roles) {
        return Jwt.preferredUserName(username).subject("sub-" + username).groups(Set.of(roles))
                .claim("tenant", tenant).claim("name", username).claim("email", username + "@example.com")
                .issuer("https://server.example.com").audience("quarkus-web-app").expiresIn(3600)
                .jws().keyId("1").sign();
    }
}
