package io.switchboard.timer;

import java.util.List;
import java.util.Map;

import io.switchboard.platform.Platform;

/** Effective timers of every contact point and each of its platforms. */
public record TimerMatrix(Map<Timer, TimerResolution.Effective> tenant, List<Row> rows) {
    public record Row(String contactPointId, String label, Map<Timer, TimerResolution.Effective> contactPoint,
            Map<Platform, Map<Timer, TimerResolution.Effective>> platforms) {
    }
}
