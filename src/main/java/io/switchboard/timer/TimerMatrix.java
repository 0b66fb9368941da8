package io.switchboard.timer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.switchboard.platform.Platform;

/** Effective timers of every contact point and each of its platforms. */
public record TimerMatrix(Map<Timer, TimerResolution.Effective> tenant, List<Row> rows) {
    public record Row(String contactPointId, String label, Map<Timer, TimerResolution.Effective> contactPoint,
            Map<Platform, Map<Timer, TimerResolution.Effective>> platforms) {

        /**
         * One line per overridable timer, its cells (contact point, then each platform) ready to print: a page of
         * 1,000 contact points has 27,000 cells, and looking each up in the template costs more than the query.
         */
        public List<Line> getLines() {
            List<Line> lines = new ArrayList<>(Timer.OVERRIDABLE.size());
            for (Timer t : Timer.OVERRIDABLE) {
                List<Cell> cells = new ArrayList<>(1 + platforms.size());
                cells.add(Cell.of(contactPoint.get(t)));
                for (Map<Timer, TimerResolution.Effective> p : platforms.values()) {
                    cells.add(Cell.of(p.get(t)));
                }
                lines.add(new Line(t.title(), cells));
            }
            return lines;
        }
    }

    public record Line(String title, List<Cell> cells) {
    }

    public record Cell(String text, String css) {
        static Cell of(TimerResolution.Effective e) {
            return new Cell(e.display(), "source-" + e.source().name());
        }
    }
}
