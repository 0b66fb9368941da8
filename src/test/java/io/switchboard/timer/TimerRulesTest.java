package io.switchboard.timer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.switchboard.common.FieldErrors;

class TimerRulesTest {

    @Test
    void rangeIsOneSecondToThirtyDays() {
        assertTrue(check(1).isEmpty());
        assertTrue(check(2_592_000).isEmpty());
        assertFalse(check(0).isEmpty());
        assertFalse(check(2_592_001).isEmpty());
    }

    @Test
    void adaptiveMinimumMayEqualButNotExceedMaximum() {
        assertTrue(adaptive(180, 180).isEmpty());
        assertTrue(adaptive(179, 180).isEmpty());
        assertFalse(adaptive(181, 180).isEmpty());
    }

    @Test
    void responseTimeoutMayEqualButNotUndercutArtMaximum() {
        Map<Timer, Integer> tenant = TimerResolutionTest.defaults();
        assertFalse(TimerRules.responseTimeoutTooShort(TimerResolution.resolve(tenant, Map.of(Timer.RESPONSE_TIMEOUT, 180), Map.of())));
        assertTrue(TimerRules.responseTimeoutTooShort(TimerResolution.resolve(tenant, Map.of(), Map.of(Timer.RESPONSE_TIMEOUT, 179))));
    }

    private static FieldErrors check(long seconds) {
        FieldErrors errors = FieldErrors.none();
        TimerRules.checkRange(Timer.RESPONSE_TIMEOUT, seconds, errors);
        return errors;
    }

    private static FieldErrors adaptive(int min, int max) {
        Map<Timer, Integer> v = new EnumMap<>(Timer.class);
        v.put(Timer.ART_MINIMUM, min);
        v.put(Timer.ART_MAXIMUM, max);
        FieldErrors errors = FieldErrors.none();
        TimerRules.checkAdaptiveRange(v, errors);
        return errors;
    }
}
