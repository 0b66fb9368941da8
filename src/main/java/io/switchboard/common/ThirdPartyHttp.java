package io.switchboard.common;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.ws.rs.ProcessingException;

/**
 * REST clients of the third-party services the app calls (Facebook Graph, X, Quiq, Dashbot, the SMS gateway): one
 * timeout for connecting and reading, statuses read rather than thrown, and a call that got no answer described the
 * same way everywhere.
 */
public final class ThirdPartyHttp {
    private ThirdPartyHttp() {
    }

    public static <T> T client(URI baseUri, Duration timeout, Class<T> api) {
        return QuarkusRestClientBuilder.newBuilder().baseUri(baseUri)
                .connectTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .property("microprofile.rest.client.disable.default.mapper", true) // a 4xx/5xx is read, not thrown
                .build(api);
    }

    /** Why a call got no answer: "no answer within 5 s" when it timed out, else the cause and its message. */
    public static String unreachable(ProcessingException e, Duration timeout) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String text = (cause.getClass().getSimpleName() + " " + cause.getMessage()).toLowerCase(Locale.ROOT);
        if (cause instanceof java.util.concurrent.TimeoutException || cause instanceof java.net.SocketTimeoutException
                || text.contains("timeout") || text.contains("timed out")) {
            return "no answer within " + Math.max(1, timeout.toSeconds()) + " s";
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " " + cause.getMessage());
    }
}
