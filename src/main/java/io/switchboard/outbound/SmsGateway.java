package io.switchboard.outbound;

/** Where outbound SMS go. */
public interface SmsGateway {
    /**
     * Sends one SMS and returns the gateway's id for it (null when the gateway gives none).
     *
     * @throws Failure with a message an agent can read when the gateway refuses it or cannot be reached
     */
    String send(String from, String to, String text);

    /** The gateway refused the message or could not be reached; the message says which and why. */
    final class Failure extends RuntimeException {
        public Failure(String message) {
            super(message);
        }

        public Failure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
