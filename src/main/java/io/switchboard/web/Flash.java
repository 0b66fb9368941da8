package io.switchboard.web;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/** A one-time message carried across a POST → redirect → GET in a short-lived cookie. */
@Named("flash")
@RequestScoped
public class Flash {
    static final String COOKIE = "sb-flash";

    @Inject
    HttpHeaders headers;

    private boolean read;

    /** 303 See Other to {@code location}, showing {@code message} on the next page. */
    public static Response redirect(String location, String message) {
        return Response.seeOther(URI.create(location))
                .cookie(new NewCookie.Builder(COOKIE).value(URLEncoder.encode(message, StandardCharsets.UTF_8))
                        .path("/").httpOnly(true).sameSite(NewCookie.SameSite.LAX).maxAge(60).build())
                .build();
    }

    public String getMessage() {
        Cookie cookie = headers.getCookies().get(COOKIE);
        if (cookie == null || cookie.getValue().isBlank()) {
            return null;
        }
        read = true;
        return URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8);
    }

    boolean wasRead() {
        return read;
    }
}
