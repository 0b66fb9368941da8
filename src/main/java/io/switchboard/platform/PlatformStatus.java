package io.switchboard.platform;

/** Where a contact point's request for a platform stands. */
public enum PlatformStatus {
    NOT_REQUESTED("Not requested"),
    REQUESTED("Requested"),
    APPROVED("Approved"),
    REJECTED("Rejected"),
    ENABLED("Enabled"),
    DISABLED("Disabled");

    private final String title;

    PlatformStatus(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The CSS modifier of its badge. */
    public String css() {
        return name().toLowerCase().replace('_', '-');
    }
}
