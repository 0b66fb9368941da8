package io.switchboard.common;

/** A request that is well-formed but refused by a domain rule (answered 409 with the reason). */
public class Conflict extends RuntimeException {
    public Conflict(String reason) {
        super(reason);
    }
}
