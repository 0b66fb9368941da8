package io.switchboard.platform.twitter;

/**
 * What X answered one request: the status (0 when X could not be reached, {@code body} then says why), the body and
 * the {@code x-rate-limit-reset} header (epoch seconds) when given.
 */
public record XAnswer(int status, String body, String rateLimitReset) {
    public static XAnswer unreachable(String reason) {
        return new XAnswer(0, reason, null);
    }

    public boolean ok() {
        return status / 100 == 2;
    }
}
