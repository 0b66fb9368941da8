package io.switchboard.timer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.switchboard.common.FieldErrors;

/** A timers form: one row per timer with the typed or stored value, the effective value and its source. */
public record TimerForm(long version, boolean tenantLevel, List<Row> rows, FieldErrors errors) {
    public record Row(Timer timer, String value, boolean overridden, TimerResolution.Effective effective) {
        public String name() {
            return timer.name();
        }
    }

    /** The rows of a level: all six at the tenant, the overridable three below. */
    public static TimerForm of(Timers.LevelView view, boolean tenantLevel, Map<String, String> typed, FieldErrors errors) {
        List<Row> rows = new ArrayList<>();
        for (Timer t : Timer.values()) {
            if (!tenantLevel && !t.overridable()) {
                continue;
            }
            Integer own = view.own().get(t);
            String value = typed.containsKey(t.name()) ? typed.get(t.name()) : own == null ? "" : Durations.format(own);
            rows.add(new Row(t, value, own != null, view.effective().get(t)));
        }
        return new TimerForm(view.version(), tenantLevel, rows, errors);
    }

    public static TimerForm of(Timers.LevelView view, boolean tenantLevel) {
        return of(view, tenantLevel, Map.of(), FieldErrors.none());
    }

    /**
     * Reads the typed durations. Blank means "no override" below the tenant level and is an error at it;
     * {@code clear} names one timer whose override the user asked to drop.
     */
    public static Map<Timer, Long> parse(Map<String, String> typed, boolean tenantLevel, String clear, FieldErrors errors) {
        Map<Timer, Long> changes = new LinkedHashMap<>();
        typed.forEach((name, text) -> {
            Timer timer = Timer.parse(name);
            if (timer == null || text == null) {
                return;
            }
            if (text.isBlank()) {
                if (tenantLevel) {
                    errors.add(name, "Enter a duration, e.g. 90s, 5m or 1h 30m.");
                } else {
                    changes.put(timer, null);
                }
                return;
            }
            Long seconds = Durations.parse(text);
            if (seconds == null) {
                errors.add(name, "“" + text.strip() + "” is not a duration; write it like 90s, 5m, 1h 30m or 2d.");
            } else {
                changes.put(timer, seconds);
            }
        });
        Timer cleared = Timer.parse(clear);
        if (cleared != null && !tenantLevel) {
            changes.put(cleared, null);
        }
        return changes;
    }

    /** The overridable timers as a form posts them (fields {@code RESPONSE_TIMEOUT}, {@code INACTIVE_TIME}, {@code CLOSE_TIME}). */
    public static Map<String, String> typedOverrides(String response, String inactive, String close) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("RESPONSE_TIMEOUT", response);
        typed.put("INACTIVE_TIME", inactive);
        typed.put("CLOSE_TIME", close);
        typed.values().removeIf(v -> v == null);
        return typed;
    }

    /**
     * The overrides a contact point or platform form asks for; {@code clear} (one timer's name) drops that one
     * override and ignores the rest. Bad input throws {@link io.switchboard.common.InvalidInput} naming each field.
     */
    public static Map<Timer, Long> parseOverrides(Map<String, String> typed, String clear) {
        FieldErrors errors = FieldErrors.none();
        Map<Timer, Long> changes = parse(clear == null || clear.isBlank() ? typed : Map.of(), false, clear, errors);
        errors.throwIfAny();
        return changes;
    }
}
