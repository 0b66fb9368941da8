package io.switchboard.sms;

import java.util.Locale;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/** Phone numbers as people type them, read with libphonenumber and stored as E.164. */
public final class PhoneNumbers {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final Pattern E164 = Pattern.compile("^\\+[1-9]\\d{1,14}$");
    /** What may appear in a typed number besides digits: + ( ) . - / and spaces. */
    private static final Pattern TYPED = Pattern.compile("^\\+?[0-9()./\\-\\s\\u00A0]+$");

    private PhoneNumbers() {
    }

    /** Exactly one of {@code e164} and {@code error} is set. */
    public record Parsed(String input, String e164, String error) {
        public boolean valid() {
            return e164 != null;
        }
    }

    public static Parsed parse(String raw, String defaultRegion) {
        String input = raw == null ? "" : raw.strip();
        if (input.isEmpty()) {
            return new Parsed(input, null, "Enter a phone number.");
        }
        if (!TYPED.matcher(input).matches()) {
            return new Parsed(input, null, "“" + input + "” is not a phone number.");
        }
        PhoneNumber number;
        try {
            number = UTIL.parse(input, defaultRegion == null ? "ZZ" : defaultRegion.toUpperCase(Locale.ROOT));
        } catch (NumberParseException e) {
            return new Parsed(input, null, switch (e.getErrorType()) {
                case INVALID_COUNTRY_CODE -> "“" + input + "” has no country code: start it with + and the country code.";
                case TOO_SHORT_NSN, TOO_SHORT_AFTER_IDD -> "“" + input + "” is too short to be a phone number.";
                case TOO_LONG -> "“" + input + "” is too long to be a phone number.";
                default -> "“" + input + "” is not a phone number.";
            });
        }
        if (!UTIL.isValidNumber(number)) {
            return new Parsed(input, null, "“" + input + "” is not a valid number for any country.");
        }
        String e164 = UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        return isE164(e164) ? new Parsed(input, e164, null)
                : new Parsed(input, null, "“" + input + "” is not a valid number for any country.");
    }

    public static boolean isE164(String s) {
        return s != null && E164.matcher(s).matches();
    }

    public static boolean isValidRegion(String region) {
        return region != null && UTIL.getSupportedRegions().contains(region.toUpperCase(Locale.ROOT));
    }
}
