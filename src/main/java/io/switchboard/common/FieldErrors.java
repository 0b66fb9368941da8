package io.switchboard.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Errors keyed by the form field (or JSON property) they belong to, in the order found. */
public final class FieldErrors {
    private final Map<String, String> byField = new LinkedHashMap<>();

    public static FieldErrors none() {
        return new FieldErrors();
    }

    public FieldErrors add(String field, String message) {
        byField.putIfAbsent(field, message);
        return this;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public String get(String field) {
        return byField.get(field);
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public Map<String, String> asMap() {
        return Map.copyOf(byField);
    }

    /** "field: message" lines, the shape of the JSON API's error details. */
    public List<String> details() {
        List<String> details = new ArrayList<>();
        byField.forEach((field, message) -> details.add(field + ": " + message));
        return details;
    }

    public void throwIfAny() {
        if (!isEmpty()) {
            throw new InvalidInput(this);
        }
    }
}
