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
