package io.switchboard.timer;

/** The level an effective timer value comes from. */
public enum TimerSource {
    TENANT("tenant"),
    CONTACT_POINT("contact point"),
    PLATFORM("platform");

    private final String title;

    TimerSource(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
