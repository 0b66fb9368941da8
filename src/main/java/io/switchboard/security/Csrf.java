package io.switchboard.security;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Double-submit-cookie CSRF token: an HttpOnly cookie and the same value in a hidden field of
 * every form ({cdi:csrf.token} in templates). {@link CsrfFilter} compares the two on each form post.
 */
@Named("csrf")
@RequestScoped
public class Csrf {
    public static final String COOKIE = "sb-csrf";
    public static final String FIELD = "csrf-token";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    HttpHeaders headers;

    private String token;
    private boolean issued;

    public String getToken() {
        if (token == null) {
            token = fromCookie();
            if (token == null) {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                issued = true;
            }
        }
        return token;
    }

    public String getFieldName() {
        return FIELD;
    }

    /** True when this request made a new token that the response must set as a cookie. */
    boolean issued() {
        return issued;
    }

    String fromCookie() {
        Cookie cookie = headers.getCookies().get(COOKIE);
        return cookie == null || cookie.getValue().isBlank() ? null : cookie.getValue();
    }

    static boolean matches(String expected, String submitted) {
        return expected != null && submitted != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), submitted.getBytes(StandardCharsets.UTF_8));
    }
}
