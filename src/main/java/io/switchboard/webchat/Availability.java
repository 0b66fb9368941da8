package io.switchboard.webchat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Agent availability rules (DESIGN §3.6): the chat is available iff any rule holds; a rule holds iff all its
 * conditions hold. Each condition is judged at the same instant in the tenant's named time zone, so days, times and
 * dates follow daylight saving: a window that starts in a skipped hour starts when the clock resumes. A time
 * window whose end is not after its start runs overnight. Live stats older than two minutes count as no agents and
 * an empty queue. Plain Java, no framework.
 */
public final class Availability {
    /** Live stats older than this are not trusted: no agents. */
    public static final Duration STALE_AFTER = Duration.ofMinutes(2);

    private Availability() {
    }

    /** One condition of a rule; {@link #why} is how its failure reads in a reason. */
    public sealed interface Condition {
        boolean holds(ZonedDateTime at, int agents, int queued);

        String describe();

        /** Why it does not hold at {@code at}; {@code fresh}: whether the live stats are recent. */
        String why(ZonedDateTime at, int agents, int queued, boolean fresh);
    }

    public record Days(Set<DayOfWeek> days) implements Condition {
        @Override
        public boolean holds(ZonedDateTime at, int agents, int queued) {
            return days.contains(at.getDayOfWeek());
        }

        @Override
        public String describe() {
            return days.stream().sorted().map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
                    .collect(Collectors.joining(", "));
        }

        @Override
        public String why(ZonedDateTime at, int agents, int queued, boolean fresh) {
            return "not on " + describe() + " (it is " + at.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                    + " in " + at.getZone().getId() + ")";
        }
    }

    /** {@code from} inclusive, {@code to} exclusive; overnight when {@code to} is not after {@code from}. */
    public record Time(LocalTime from, LocalTime to) implements Condition {
        @Override
        public boolean holds(ZonedDateTime at, int agents, int queued) {
            LocalTime t = at.toLocalTime();
            return to.isAfter(from) ? !t.isBefore(from) && t.isBefore(to) : !t.isBefore(from) || t.isBefore(to);
        }

        @Override
        public String describe() {
            return from + "–" + to + (to.isAfter(from) ? "" : " (overnight)");
        }

        @Override
        public String why(ZonedDateTime at, int agents, int queued, boolean fresh) {
            return "outside " + describe() + " " + at.getZone().getId() + " (it is "
                    + at.toLocalTime().withSecond(0).withNano(0) + ")";
        }
    }

    public record NotOnDates(Set<LocalDate> dates) implements Condition {
        @Override
        public boolean holds(ZonedDateTime at, int agents, int queued) {
            return !dates.contains(at.toLocalDate());
        }

        @Override
        public String describe() {
            return "not on " + dates.stream().sorted().map(LocalDate::toString).collect(Collectors.joining(", "));
        }

        @Override
        public String why(ZonedDateTime at, int agents, int queued, boolean fresh) {
            return "closed on " + at.toLocalDate();
        }
    }

    public record AgentsAtLeast(int value) implements Condition {
        @Override
        public boolean holds(ZonedDateTime at, int agents, int queued) {
            return agents >= value;
        }

        @Override
        public String describe() {
            return "at least " + value + (value == 1 ? " agent" : " agents") + " available";
        }

        @Override
        public String why(ZonedDateTime at, int agents, int queued, boolean fresh) {
            return fresh ? agents + " of " + value + " agents needed"
                    : "no live stats in the last 2 minutes (counted as no agents)";
        }
    }

    public record QueueAtMost(int value) implements Condition {
        @Override
        public boolean holds(ZonedDateTime at, int agents, int queued) {
            return queued <= value;
        }

        @Override
        public String describe() {
            return "at most " + value + " waiting";
        }

        @Override
        public String why(ZonedDateTime at, int agents, int queued, boolean fresh) {
            return queued + " waiting, more than " + value;
        }
    }

    public record Rule(String name, List<Condition> conditions) {
    }

    /** Pushed per contact point; {@code at} is when they were pushed. */
    public record LiveStats(int availableAgents, int queued, Instant at) {
    }

    /** The status and why. */
    public record Status(boolean available, String reason) {
    }

    /** The default rule set: available while at least one agent is. */
    public static List<Rule> defaults() {
        return List.of(new Rule("Agents online", List.of(new AgentsAtLeast(1))));
    }

    public static Status evaluate(List<Rule> rules, ZoneId zone, Instant now, LiveStats stats) {
        boolean fresh = stats != null && stats.at() != null && !stats.at().isBefore(now.minus(STALE_AFTER));
        int agents = fresh ? stats.availableAgents() : 0;
        int queued = fresh ? stats.queued() : 0;
        ZonedDateTime at = now.atZone(zone);
        if (rules.isEmpty()) {
            return new Status(false, "offline: no availability rule is set");
        }
        List<String> why = new ArrayList<>();
        for (Rule rule : rules) {
            List<String> failing = new ArrayList<>();
            for (Condition c : rule.conditions()) {
                if (!c.holds(at, agents, queued)) {
                    failing.add(c.why(at, agents, queued, fresh));
                }
            }
            if (failing.isEmpty()) {
                return new Status(true, "online: rule “" + rule.name() + "” holds");
            }
            why.add("“" + rule.name() + "”: " + String.join(", ", failing));
        }
        return new Status(false, "offline: " + String.join("; ", why));
    }
}
