package io.switchboard.contactpoint;

import java.util.regex.Pattern;

import io.switchboard.common.FieldErrors;

/** The rules of a contact point's id and label (DESIGN §3.1), free of any framework. */
public final class ContactPointRules {
    public static final Pattern ID = Pattern.compile("^[a-z0-9][a-z0-9-]{1,62}$");
    public static final int LABEL_MAX = 100;

    private ContactPointRules() {
    }

    public static FieldErrors checkId(String id, FieldErrors errors) {
        if (id == null || id.isBlank()) {
            return errors.add("id", "Enter an id.");
        }
        if (id.length() < 2 || id.length() > 63) {
            return errors.add("id", "The id must be 2 to 63 characters long.");
        }
        if (!ID.matcher(id).matches()) {
            return errors.add("id",
                    "Use lowercase letters a–z, digits and hyphens, starting with a letter or digit (e.g. sales-en).");
        }
        return errors;
    }

    public static FieldErrors checkLabel(String label, FieldErrors errors) {
        String trimmed = label == null ? "" : label.strip();
        if (trimmed.isEmpty()) {
            return errors.add("label", "Enter a label.");
        }
        if (trimmed.codePointCount(0, trimmed.length()) > LABEL_MAX) {
            return errors.add("label", "The label can be at most " + LABEL_MAX + " characters long.");
        }
        if (trimmed.chars().anyMatch(c -> Character.isISOControl(c))) {
            return errors.add("label", "The label cannot contain control characters or line breaks.");
        }
        return errors;
    }
}
