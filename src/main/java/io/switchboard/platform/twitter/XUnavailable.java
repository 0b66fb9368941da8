package io.switchboard.platform.twitter;

/** X did not give the answer a connect needs (unreachable, timeout, 429, 5xx, bad JSON): nothing was saved. */
public class XUnavailable extends RuntimeException {
    public XUnavailable(String reason) {
        super(reason);
    }
}
