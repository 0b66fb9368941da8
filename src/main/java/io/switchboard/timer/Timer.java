package io.switchboard.timer;

/** The six Quiq conversation timers with their defaults for a new tenant (DESIGN §3.2). */
public enum Timer {
    INVITATION_TIMEOUT("Invitation Timeout", 60, false,
            "How long an agent has to accept a conversation before it is offered to another agent."),
    RESPONSE_TIMEOUT("Response Timeout", 300, true,
            "How long a customer waits for an agent's reply before the conversation is flagged."),
    ART_MINIMUM("Adaptive Response Minimum", 60, false, "The shortest adaptive response target."),
    ART_MAXIMUM("Adaptive Response Maximum", 180, false,
            "The longest adaptive response target; no Response Timeout may be shorter."),
    INACTIVE_TIME("Conversation Inactive Time", 3600, true,
            "Silence after which a conversation becomes inactive."),
    CLOSE_TIME("Conversation Close Time", 43200, true,
            "Time after becoming inactive at which a conversation is closed.");

    public static final int MIN_SECONDS = 1;
    public static final int MAX_SECONDS = 30 * 24 * 3600;

    /** The timers a contact point or platform may override, in display order. */
    public static final java.util.List<Timer> OVERRIDABLE = java.util.Arrays.stream(values())
            .filter(Timer::overridable).toList();

    private final String title;
    private final int defaultSeconds;
    private final boolean overridable;
    private final String description;

    Timer(String title, int defaultSeconds, boolean overridable, String description) {
        this.title = title;
        this.defaultSeconds = defaultSeconds;
        this.overridable = overridable;
        this.description = description;
    }

    public String title() {
        return title;
    }

    public int defaultSeconds() {
        return defaultSeconds;
    }

    /** Whether a contact point or platform may override the tenant's value. */
    public boolean overridable() {
        return overridable;
    }

    public String description() {
        return description;
    }

    public static Timer parse(String key) {
        for (Timer t : values()) {
            if (t.name().equals(key)) {
                return t;
            }
        }
        return null;
    }
}
