package io.switchboard.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Errors keyed by the form field (or JSON property) they belong to, in the order found. */
public final class FieldErrors {
    private final Map<String, List<String>> byField = new LinkedHashMap<>();

    public static FieldErrors none() {
        return new FieldErrors();
    }

    /** The field's error, unless it already has one (the first problem found is the one shown). */
    public FieldErrors add(String field, String message) {
        byField.computeIfAbsent(field, f -> new ArrayList<>(List.of(message)));
        return this;
    }

    /** Several errors of one field, each shown (e.g. every bad entry of a list). */
    public FieldErrors addEach(String field, List<String> messages) {
        if (!messages.isEmpty()) {
            byField.computeIfAbsent(field, f -> new ArrayList<>()).addAll(messages);
        }
        return this;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    /** The field's errors as one sentence sequence, or null. */
    public String get(String field) {
        List<String> messages = byField.get(field);
        return messages == null ? null : String.join(" ", messages);
    }

    /** Each error of the field, for lists of bad entries. */
    public List<String> all(String field) {
        return byField.getOrDefault(field, List.of());
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        byField.keySet().forEach(f -> map.put(f, get(f)));
        return Map.copyOf(map);
    }

    /** "field: message" lines, one per error: the shape of the JSON API's error details. */
    public List<String> details() {
        List<String> details = new ArrayList<>();
        byField.forEach((field, messages) -> messages.forEach(m -> details.add(field + ": " + m)));
        return details;
    }

    public void throwIfAny() {
        if (!isEmpty()) {
            throw new InvalidInput(this);
        }
    }
}
