package io.switchboard.outbound;

/** What an agent may do on a contact point (DESIGN §3.3); each has its own set of allowed business roles. */
public enum OutboundFunction {
    START_CONVERSATION("Start conversation", "start conversations", "starts a conversation and assigns it to the agent"),
    SEND_NOTIFICATION("Send notification", "send notifications",
            "sends one message; no conversation unless the customer replies");

    public final String title;
    /** As in "may not …". */
    public final String verb;
    public final String meaning;

    OutboundFunction(String title, String verb, String meaning) {
        this.title = title;
        this.verb = verb;
        this.meaning = meaning;
    }

    /** The function named by an API or form value, or null. */
    public static OutboundFunction parse(String value) {
        if (value == null) {
            return null;
        }
        for (OutboundFunction f : values()) {
            if (f.name().equalsIgnoreCase(value.strip())) {
                return f;
            }
        }
        return null;
    }
}
