package io.switchboard.platform.facebook;

/** Facebook failed (unreachable, timed out, 5xx, unreadable answer) while connecting: nothing was saved. */
public class FacebookUnavailable extends RuntimeException {
    public FacebookUnavailable(String message) {
        super(message);
    }
}
