package io.switchboard.timer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TimerResolutionTest {
    static final Map<Timer, Integer> TENANT = defaults();

    static Map<Timer, Integer> defaults() {
        Map<Timer, Integer> m = new EnumMap<>(Timer.class);
        for (Timer t : Timer.values()) {
            m.put(t, t.defaultSeconds());
        }
        return m;
    }

    /** Every combination of set/unset at contact point and platform, for each overridable timer. */
    static Stream<Arguments> combinations() {
        Stream.Builder<Arguments> all = Stream.builder();
        for (Timer t : Timer.values()) {
            if (!t.overridable()) {
                continue;
            }
            for (boolean cp : new boolean[] { false, true }) {
                for (boolean platform : new boolean[] { false, true }) {
                    all.add(Arguments.of(t, cp, platform));
                }
            }
        }
        return all.build();
    }

    @ParameterizedTest
    @MethodSource("combinations")
    void mostSpecificLevelWins(Timer timer, boolean cpSet, boolean platformSet) {
        Map<Timer, Integer> cp = cpSet ? Map.of(timer, 1000) : Map.of();
        Map<Timer, Integer> platform = platformSet ? Map.of(timer, 2000) : Map.of();
        TimerResolution.Effective e = TimerResolution.resolve(TENANT, cp, platform).get(timer);
        if (platformSet) {
            assertEquals(new TimerResolution.Effective(2000, TimerSource.PLATFORM), e);
        } else if (cpSet) {
            assertEquals(new TimerResolution.Effective(1000, TimerSource.CONTACT_POINT), e);
        } else {
            assertEquals(new TimerResolution.Effective(timer.defaultSeconds(), TimerSource.TENANT), e);
        }
    }

    @Test
    void tenantOnlyTimersIgnoreOverrides() {
        Map<Timer, Integer> overrides = Map.of(Timer.INVITATION_TIMEOUT, 5, Timer.ART_MINIMUM, 5, Timer.ART_MAXIMUM, 5);
        var effective = TimerResolution.resolve(TENANT, overrides, overrides);
        assertEquals(new TimerResolution.Effective(60, TimerSource.TENANT), effective.get(Timer.INVITATION_TIMEOUT));
        assertEquals(new TimerResolution.Effective(180, TimerSource.TENANT), effective.get(Timer.ART_MAXIMUM));
    }

    @Test
    void eachTimerResolvesIndependently() {
        var effective = TimerResolution.resolve(TENANT, Map.of(Timer.CLOSE_TIME, 100),
                Map.of(Timer.RESPONSE_TIMEOUT, 200));
        assertEquals(TimerSource.PLATFORM, effective.get(Timer.RESPONSE_TIMEOUT).source());
        assertEquals(TimerSource.CONTACT_POINT, effective.get(Timer.CLOSE_TIME).source());
        assertEquals(TimerSource.TENANT, effective.get(Timer.INACTIVE_TIME).source());
        assertEquals(6, effective.size());
    }
}
