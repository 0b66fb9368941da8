package io.switchboard.platform;

/** The messaging platforms a contact point can be reached on. */
public enum Platform {
    SMS("SMS"),
    WEB_CHAT("Web Chat"),
    FACEBOOK("Facebook Messenger"),
    TWITTER("Twitter/X"),
    APPLE_MESSAGES("Apple Messages for Business"),
    GOOGLE_RBM("Google RBM"),
    GOOGLE_MESSAGES("Google Business Messages (retired)"),
    WHATSAPP("WhatsApp");

    private final String title;

    Platform(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** Shut down by its vendor: shown, but nothing about it can be requested or changed. */
    public boolean retired() {
        return this == GOOGLE_MESSAGES;
    }

    /** Reached by a request to the platform's vendor and enabled once approved (the Platforms tab). */
    public boolean requestable() {
        return this == APPLE_MESSAGES || this == GOOGLE_RBM || this == WHATSAPP;
    }

    /** The URL form: {@code web-chat} for WEB_CHAT. */
    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }

    public static Platform fromSlugOrName(String value) {
        if (value == null) {
            return null;
        }
        for (Platform p : values()) {
            if (p.name().equalsIgnoreCase(value) || p.slug().equalsIgnoreCase(value)) {
                return p;
            }
        }
        return null;
    }
}
