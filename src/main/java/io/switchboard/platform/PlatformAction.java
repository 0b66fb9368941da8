package io.switchboard.platform;

/** What an admin can do to a platform request; each moves it along {@link PlatformWorkflow}. */
public enum PlatformAction {
    REQUEST("Submit request"),
    WITHDRAW("Withdraw request"),
    APPROVE("Record approval"),
    REJECT("Record rejection"),
    ENABLE("Enable"),
    DISABLE("Disable");

    private final String label;

    PlatformAction(String label) {
        this.label = label;
    }

    /** The button's text. */
    public String label() {
        return label;
    }

    /** Backs out or switches off: shown as a secondary button. */
    public boolean secondary() {
        return this == WITHDRAW || this == REJECT || this == DISABLE;
    }

    public static PlatformAction parse(String value) {
        if (value == null) {
            return null;
        }
        for (PlatformAction a : values()) {
            if (a.name().equalsIgnoreCase(value.strip())) {
                return a;
            }
        }
        return null;
    }
}
