package io.switchboard.timer;

import java.util.EnumMap;
import java.util.Map;

/** Most specific wins: platform, then contact point, then tenant; tenant-only timers ignore overrides. */
public final class TimerResolution {
    public record Effective(int seconds, TimerSource source) {
        public String display() {
            return Durations.format(seconds);
        }
    }

    private TimerResolution() {
    }

    /**
     * @param tenant       every timer's tenant value (never null)
     * @param contactPoint the contact point's overrides (missing or null = not overridden); may be empty
     * @param platform     the platform's overrides; may be empty
     */
    public static Map<Timer, Effective> resolve(Map<Timer, Integer> tenant, Map<Timer, Integer> contactPoint,
            Map<Timer, Integer> platform) {
        Map<Timer, Effective> effective = new EnumMap<>(Timer.class);
        for (Timer timer : Timer.values()) {
            Integer p = timer.overridable() ? platform.get(timer) : null;
            Integer c = timer.overridable() ? contactPoint.get(timer) : null;
            if (p != null) {
                effective.put(timer, new Effective(p, TimerSource.PLATFORM));
            } else if (c != null) {
                effective.put(timer, new Effective(c, TimerSource.CONTACT_POINT));
            } else {
                Integer t = tenant.get(timer);
                effective.put(timer, new Effective(t == null ? timer.defaultSeconds() : t, TimerSource.TENANT));
            }
        }
        return effective;
    }
}
