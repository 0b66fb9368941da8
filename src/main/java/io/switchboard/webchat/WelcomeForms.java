package io.switchboard.webchat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.switchboard.common.FieldErrors;

/** Checks a submitted welcome form against its definition: each bad or unknown field is named. Plain Java. */
public final class WelcomeForms {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern TEL = Pattern.compile("^\\+?[0-9 ().-]{5,20}$");
    private static final Pattern NUMBER = Pattern.compile("^-?[0-9]+([.,][0-9]+)?$");

    private WelcomeForms() {
    }

    public static FieldErrors check(WebChatSettings.WelcomeForm form, Map<String, Object> values) {
        FieldErrors errors = FieldErrors.none();
        List<WebChatSettings.Field> fields = form == null || form.fields() == null ? List.of() : form.fields();
        for (String key : values.keySet()) {
            if (fields.stream().noneMatch(f -> f.id().equals(key))) {
                errors.add(key, "This form has no field “" + key + "”.");
            }
        }
        for (WebChatSettings.Field f : fields) {
            Object raw = values.get(f.id());
            String v = raw == null ? "" : String.valueOf(raw).strip();
            if (v.isEmpty()) {
                if (Boolean.TRUE.equals(f.required())) {
                    errors.add(f.id(), f.label() + " is required.");
                }
                continue;
            }
            int max = "textarea".equals(f.type()) ? 2_000 : 200;
            if (v.length() > max) {
                errors.add(f.id(), f.label() + ": at most " + max + " characters.");
                continue;
            }
            switch (f.type()) {
                case "email" -> {
                    if (!EMAIL.matcher(v).matches()) {
                        errors.add(f.id(), f.label() + ": an email address such as ada@example.com.");
                    }
                }
                case "tel" -> {
                    if (!TEL.matcher(v).matches()) {
                        errors.add(f.id(), f.label() + ": a phone number such as +1 415 555 0100.");
                    }
                }
                case "number" -> {
                    if (!NUMBER.matcher(v).matches()) {
                        errors.add(f.id(), f.label() + ": a number.");
                    }
                }
                case "select" -> {
                    if (f.options() == null || !f.options().contains(v)) {
                        errors.add(f.id(), f.label() + ": one of " + String.join(", ", f.options() == null ? List.of()
                                : f.options()) + ".");
                    }
                }
                default -> {
                }
            }
        }
        return errors;
    }
}
