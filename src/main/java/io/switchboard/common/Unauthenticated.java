package io.switchboard.common;

/** A caller that did not prove who it is (e.g. a webhook without its token): answered 401 with the reason. */
public class Unauthenticated extends RuntimeException {
    public Unauthenticated(String reason) {
        super(reason);
    }
}
