package io.switchboard.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.switchboard.common.FieldErrors;
import io.switchboard.sms.PhoneNumbers;

/** The details a request for each platform needs, checked field by field and stored normalised. Plain Java. */
public final class PlatformDetails {
    /** Apple Business Register shows the account ID as a UUID, e.g. 0b8f1c2e-5d4a-4e3b-9a7f-2c6d8e1f4a5b. */
    private static final Pattern APPLE_ACCOUNT = Pattern
            .compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");
    private static final Pattern RBM_AGENT = Pattern.compile("^[a-z0-9][a-z0-9_-]{0,99}@rbm\\.goog$");
    private static final Pattern DIGITS = Pattern.compile("^\\d{5,20}$");
    public static final int MAX_TEXT = 100;
    public static final int MAX_REASON = 500;
    public static final String AGENT_ID = "agentId";

    private PlatformDetails() {
    }

    /** A detail as the form shows it; {@code onApproval}: recorded with the platform's approval, not the request. */
    public record Field(String name, String label, String hint, String type, boolean onApproval) {
    }

    private static final Map<Platform, List<Field>> FIELDS = Map.of(
            Platform.APPLE_MESSAGES, List.of(
                    new Field("accountId", "Messages for Business account ID",
                            "As Apple Business Register shows it, e.g. 0b8f1c2e-5d4a-4e3b-9a7f-2c6d8e1f4a5b.", "text", false),
                    new Field("brandName", "Brand name", "The name customers see in Messages.", "text", false),
                    new Field("contactEmail", "Contact email", "Where Apple writes about the request.", "email", false)),
            Platform.GOOGLE_RBM, List.of(
                    new Field("agentName", "Agent name", "The agent's name in the RBM Developer Console.", "text", false),
                    new Field("brandName", "Brand name", "The brand the agent speaks for.", "text", false),
                    new Field("contactEmail", "Contact email", "Where Google writes about the launch.", "email", false),
                    new Field(AGENT_ID, "RBM agent ID", "Google gives it on approval, e.g. acme-support@rbm.goog.", "text", true)),
            Platform.WHATSAPP, List.of(
                    new Field("phoneNumber", "Phone number", "The number customers message; in the tenant's region unless it starts with +.",
                            "tel", false),
                    new Field("displayName", "Display name", "The business name WhatsApp shows.", "text", false),
                    new Field("businessAccountId", "WhatsApp Business Account ID", "Digits, as Meta Business Suite shows it.",
                            "text", false)));

    public static List<Field> fields(Platform platform) {
        return FIELDS.getOrDefault(platform, List.of());
    }

    /** The fields a request submits (all but those given on approval). */
    public static List<Field> requestFields(Platform platform) {
        return fields(platform).stream().filter(f -> !f.onApproval()).toList();
    }

    /**
     * The request's details, normalised (account ID in lower case, the number in E.164); each bad or unknown field
     * is added to {@code errors} by its name. {@code region}: the tenant's default region for numbers without +.
     */
    public static Map<String, String> checkRequest(Platform platform, Map<String, String> typed, String region,
            FieldErrors errors) {
        Map<String, String> in = typed == null ? Map.of() : typed;
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : in.keySet()) {
            if (requestFields(platform).stream().noneMatch(f -> f.name().equals(key))) {
                errors.add(key, key.equals(AGENT_ID) ? "The RBM agent ID is recorded when Google approves the agent."
                        : "“" + key + "” is not a detail of a " + platform.title() + " request.");
            }
        }
        for (Field f : requestFields(platform)) {
            String value = in.get(f.name()) == null ? "" : in.get(f.name()).strip();
            String checked = switch (f.name()) {
                case "accountId" -> match(value.toLowerCase(Locale.ROOT), APPLE_ACCOUNT, f, errors,
                        "is not a Messages for Business account ID; copy it from Apple Business Register "
                                + "(32 hexadecimal digits in groups of 8-4-4-4-12).");
                case "contactEmail" -> value.length() > 254 ? tooLong(f, errors, 254)
                        : match(value, EMAIL, f, errors, "is not an email address.");
                case "phoneNumber" -> phone(value, region, f, errors);
                case "businessAccountId" -> match(value, DIGITS, f, errors,
                        "is not a WhatsApp Business Account ID: 5 to 20 digits, nothing else.");
                default -> text(value, f, errors);
            };
            if (checked != null) {
                out.put(f.name(), checked);
            }
        }
        return out;
    }

    /** The RBM agent ID given with Google's approval, in lower case; errors under {@code agentId}. */
    public static String checkAgentId(String typed, FieldErrors errors) {
        Field f = fields(Platform.GOOGLE_RBM).get(3);
        String value = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return match(value, RBM_AGENT, f, errors, "is not an RBM agent ID: it ends in @rbm.goog, e.g. acme-support@rbm.goog.");
    }

    /** The reason of a rejection (required) or the note of any other change (optional); errors under {@code reason}. */
    public static String checkReason(String typed, boolean required, FieldErrors errors) {
        String value = typed == null ? "" : typed.strip();
        if (value.isEmpty()) {
            if (required) {
                errors.add("reason", "Give the reason the platform gave for the rejection.");
            }
            return null;
        }
        if (value.length() > MAX_REASON) {
            errors.add("reason", "At most " + MAX_REASON + " characters (" + value.length() + " given).");
            return null;
        }
        return value;
    }

    private static String phone(String value, String region, Field f, FieldErrors errors) {
        PhoneNumbers.Parsed p = PhoneNumbers.parse(value, region);
        if (!p.valid()) {
            errors.add(f.name(), p.error());
            return null;
        }
        return p.e164();
    }

    private static String text(String value, Field f, FieldErrors errors) {
        if (value.isEmpty()) {
            errors.add(f.name(), "Enter the " + f.label().toLowerCase(Locale.ROOT) + ".");
            return null;
        }
        return value.length() > MAX_TEXT ? tooLong(f, errors, MAX_TEXT) : value;
    }

    private static String match(String value, Pattern pattern, Field f, FieldErrors errors, String problem) {
        if (value.isEmpty()) {
            errors.add(f.name(), "Enter the " + lowerFirst(f.label()) + ".");
            return null;
        }
        if (!pattern.matcher(value).matches()) {
            errors.add(f.name(), "“" + value + "” " + problem);
            return null;
        }
        return value;
    }

    private static String tooLong(Field f, FieldErrors errors, int max) {
        errors.add(f.name(), f.label() + ": at most " + max + " characters.");
        return null;
    }

    private static String lowerFirst(String label) {
        // keep product names and acronyms (Messages for Business, RBM, WhatsApp) as they are
        return !label.startsWith("Messages") && Character.isUpperCase(label.charAt(0)) && label.length() > 1 && Character.isLowerCase(label.charAt(1))
                ? Character.toLowerCase(label.charAt(0)) + label.substring(1) : label;
    }
}
