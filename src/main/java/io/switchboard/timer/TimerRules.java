package io.switchboard.timer;

import java.util.Map;

import io.switchboard.common.FieldErrors;

/** Validation of timer values (DESIGN §3.2), free of any framework. */
public final class TimerRules {
    private TimerRules() {
    }

    public static void checkRange(Timer timer, long seconds, FieldErrors errors) {
        if (seconds < Timer.MIN_SECONDS || seconds > Timer.MAX_SECONDS) {
            errors.add(timer.name(), timer.title() + " must be between 1s and 30d (you entered "
                    + Durations.format(seconds) + ").");
        }
    }

    /** ART minimum ≤ ART maximum, on the tenant's complete values. */
    public static void checkAdaptiveRange(Map<Timer, Integer> tenant, FieldErrors errors) {
        Integer min = tenant.get(Timer.ART_MINIMUM);
        Integer max = tenant.get(Timer.ART_MAXIMUM);
        if (min != null && max != null && min > max) {
            errors.add(Timer.ART_MINIMUM.name(), "Adaptive Response Minimum (" + Durations.format(min)
                    + ") cannot be longer than Adaptive Response Maximum (" + Durations.format(max) + ").");
        }
    }

    /** The effective Response Timeout at one place must not be below the ART maximum. */
    public static boolean responseTimeoutTooShort(Map<Timer, TimerResolution.Effective> effective) {
        return effective.get(Timer.RESPONSE_TIMEOUT).seconds() < effective.get(Timer.ART_MAXIMUM).seconds();
    }
}
