package io.switchboard.timer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @ParameterizedTest
    @CsvSource({ "90s,90", "5m,300", "1h 30m,5400", "1h30m,5400", "2d,172800", "1 hour,3600", "10 minutes,600",
            "1H 1M 1S,3661", "300,300", "  45 s ,45", "30d,2592000", "1d 2h,93600", "'1h, 5m',3900", "12 hrs,43200" })
    void parsesWhatPeopleWrite(String text, long seconds) {
        assertEquals(seconds, Durations.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "  ", "abc", "5x", "m5", "1.5h", "-5m", "5m garbage", "h", "1h and 5m" })
    void rejectsWhatIsNotADuration(String text) {
        assertNull(Durations.parse(text));
    }

    @ParameterizedTest
    @CsvSource({ "1,1s", "59,59s", "60,1m", "90,1m 30s", "300,5m", "3600,1h", "5400,1h 30m", "43200,12h",
            "86400,1d", "2592000,30d", "3661,1h 1m 1s" })
    void formatsTheShortestExactForm(long seconds, String text) {
        assertEquals(text, Durations.format(seconds));
        assertEquals(seconds, Durations.parse(text));
    }
}
