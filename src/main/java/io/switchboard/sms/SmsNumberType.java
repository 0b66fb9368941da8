package io.switchboard.sms;

import java.util.Locale;

/** How a number of a contact point may be used (DESIGN §3.4). */
public enum SmsNumberType {
    STANDARD("Standard", "sends and receives"),
    INCOMING_ONLY("Incoming only", "receives; replies go out from the standard number it diverts to"),
    BLOCKED_OUTBOUND("Blocked outbound", "receives; carrier-blocked for sending, diverts to a standard number");

    public final String title;
    public final String meaning;

    SmsNumberType(String title, String meaning) {
        this.title = title;
        this.meaning = meaning;
    }

    public String getTitle() {
        return title;
    }

    public String getMeaning() {
        return meaning;
    }

    /** The type named by an API or form value ({@code INCOMING_ONLY}, {@code incoming-only}), or null. */
    public static SmsNumberType parse(String value) {
        if (value == null) {
            return null;
        }
        String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (SmsNumberType t : values()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return null;
    }
}
