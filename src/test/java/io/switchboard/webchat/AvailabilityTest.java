package io.switchboard.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.switchboard.webchat.Availability.AgentsAtLeast;
import io.switchboard.webchat.Availability.Days;
import io.switchboard.webchat.Availability.LiveStats;
import io.switchboard.webchat.Availability.NotOnDates;
import io.switchboard.webchat.Availability.QueueAtMost;
import io.switchboard.webchat.Availability.Rule;
import io.switchboard.webchat.Availability.Time;

/** Business hours, overnight windows, holidays, DST switch days, stale stats. */
class AvailabilityTest {
    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    static final Rule BUSINESS = new Rule("Business hours", List.of(new Days(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)),
            new Time(LocalTime.of(9, 0), LocalTime.of(17, 0)), new NotOnDates(Set.of(LocalDate.of(2026, 12, 25))),
            new AgentsAtLeast(1)));
    static final Rule NIGHT = new Rule("Night desk", List.of(new Time(LocalTime.of(22, 0), LocalTime.of(6, 0))));

    static LiveStats stats(Instant at, int agents, int queued) {
        return new LiveStats(agents, queued, at);
    }

    static Availability.Status at(String instant, List<Rule> rules, int agents) {
        Instant t = Instant.parse(instant);
        return Availability.evaluate(rules, CHICAGO, t, stats(t, agents, 0));
    }

    @Test
    void businessHoursInTheTenantsZoneWithTheEdges() {
        // 2026-11-23 is a Monday; Chicago is UTC-6 in November
        assertThat(at("2026-11-23T15:00:00Z", List.of(BUSINESS), 2).available()).isTrue(); // 09:00
        assertThat(at("2026-11-23T14:59:59Z", List.of(BUSINESS), 2).reason())
                .isEqualTo("offline: “Business hours”: outside 09:00–17:00 America/Chicago (it is 08:59)");
        assertThat(at("2026-11-23T23:00:00Z", List.of(BUSINESS), 2).available()).isFalse(); // 17:00, end exclusive
        assertThat(at("2026-11-21T16:00:00Z", List.of(BUSINESS), 2).reason())
                .contains("not on Mon, Tue, Wed, Thu, Fri (it is Sat in America/Chicago)");
    }

    @Test
    void holidaysAndAgentsAndQueue() {
        assertThat(at("2026-12-25T16:00:00Z", List.of(BUSINESS), 2).reason()).contains("closed on 2026-12-25");
        assertThat(at("2026-11-23T16:00:00Z", List.of(BUSINESS), 0).reason()).contains("0 of 1 agents needed");
        Rule queue = new Rule("Short queue", List.of(new QueueAtMost(10)));
        Instant t = Instant.parse("2026-11-23T16:00:00Z");
        assertThat(Availability.evaluate(List.of(queue), CHICAGO, t, stats(t, 1, 10)).available()).isTrue();
        assertThat(Availability.evaluate(List.of(queue), CHICAGO, t, stats(t, 1, 11)).reason())
                .contains("11 waiting, more than 10");
    }

    @Test
    void anOvernightWindowSpansMidnight() {
        assertThat(at("2026-11-24T03:59:00Z", List.of(NIGHT), 0).available()).isFalse(); // 21:59
        assertThat(at("2026-11-24T04:00:00Z", List.of(NIGHT), 0).available()).isTrue();  // 22:00
        assertThat(at("2026-11-24T09:00:00Z", List.of(NIGHT), 0).available()).isTrue();  // 03:00
        assertThat(at("2026-11-24T12:00:00Z", List.of(NIGHT), 0).reason())                // 06:00, end exclusive
                .contains("outside 22:00–06:00 (overnight) America/Chicago (it is 06:00)");
    }

    @Test
    void anyRuleHoldingIsEnough() {
        assertThat(at("2026-11-24T09:00:00Z", List.of(BUSINESS, NIGHT), 0).reason()).isEqualTo("online: rule “Night desk” holds");
        assertThat(at("2026-11-24T13:00:00Z", List.of(BUSINESS, NIGHT), 1).reason())
                .startsWith("offline: “Business hours”: outside 09:00–17:00").contains("; “Night desk”: outside 22:00–06:00");
    }

    @Test
    void daylightSavingSwitchDaysFollowTheWallClock() {
        Rule early = new Rule("Early", List.of(new Time(LocalTime.of(1, 0), LocalTime.of(3, 0))));
        // 2026-03-08: clocks jump from 02:00 to 03:00 CST→CDT. 01:59 CST = 07:59Z holds, 03:00 CDT = 08:00Z does not
        assertThat(at("2026-03-08T07:59:00Z", List.of(early), 0).available()).isTrue();
        assertThat(at("2026-03-08T08:00:00Z", List.of(early), 0).available()).isFalse();
        // business hours the day after the switch start at 09:00 CDT = 14:00Z, not 15:00Z
        assertThat(at("2026-03-09T14:00:00Z", List.of(BUSINESS), 1).available()).isTrue();
        assertThat(at("2026-03-09T13:59:00Z", List.of(BUSINESS), 1).available()).isFalse();
        // 2026-11-01: 01:00–02:00 happens twice (CDT, then CST): both hold
        Rule oneToTwo = new Rule("One to two", List.of(new Time(LocalTime.of(1, 0), LocalTime.of(2, 0))));
        assertThat(at("2026-11-01T06:30:00Z", List.of(oneToTwo), 0).available()).isTrue(); // 01:30 CDT
        assertThat(at("2026-11-01T07:30:00Z", List.of(oneToTwo), 0).available()).isTrue(); // 01:30 CST
        assertThat(at("2026-11-01T08:30:00Z", List.of(oneToTwo), 0).available()).isFalse(); // 02:30 CST
    }

    @Test
    void statsOlderThanTwoMinutesCountAsNoAgents() {
        Instant now = Instant.parse("2026-11-23T16:00:00Z");
        List<Rule> rules = Availability.defaults();
        assertThat(Availability.evaluate(rules, CHICAGO, now, stats(now.minusSeconds(120), 3, 0)).available()).isTrue();
        assertThat(Availability.evaluate(rules, CHICAGO, now, stats(now.minusSeconds(121), 3, 0)).reason())
                .contains("no live stats in the last 2 minutes");
        assertThat(Availability.evaluate(rules, CHICAGO, now, null).available()).isFalse();
        assertThat(Availability.evaluate(List.of(), CHICAGO, now, stats(now, 3, 0)).reason())
                .isEqualTo("offline: no availability rule is set");
    }
}
