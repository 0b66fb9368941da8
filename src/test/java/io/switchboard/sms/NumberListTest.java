package io.switchboard.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class NumberListTest {

    static String numbers(int count, String separator) {
        return IntStream.range(0, count).mapToObj(i -> String.format("+1415555%04d", i))
                .collect(Collectors.joining(separator));
    }

    @Test
    void fiftyNumbersAreAccepted() {
        NumberList list = NumberList.parse(numbers(50, ", "), "US", 50);
        assertThat(list.ok()).isTrue();
        assertThat(list.numbers()).hasSize(50);
    }

    @Test
    void fiftyOneNumbersAreRefused() {
        NumberList list = NumberList.parse(numbers(51, "\n"), "US", 50);
        assertThat(list.ok()).isFalse();
        assertThat(list.errors()).containsExactly("At most 50 numbers per submission; you entered 51.");
    }

    @Test
    void commasSemicolonsSpacesAndNewLinesSeparate() {
        NumberList list = NumberList.parse("+14155550100,+14155550101;+14155550102 +14155550103\r\n\n+14155550104",
                "US", 50);
        assertThat(list.numbers()).containsExactly("+14155550100", "+14155550101", "+14155550102", "+14155550103",
                "+14155550104");
    }

    @Test
    void formattedNumbersWithSpacesStayWhole() {
        assertThat(NumberList.parse("(415) 555-0100, +1 415 555 0101\n+44 20 7946 0958", "US", 50).numbers())
                .containsExactly("+14155550100", "+14155550101", "+442079460958");
        assertThat(NumberList.parse("(415) 555-0100 (415) 555-0101", "US", 50).numbers())
                .containsExactly("+14155550100", "+14155550101");
    }

    @Test
    void everyBadEntryIsNamedAndNothingIsAccepted() {
        NumberList list = NumberList.parse("+14155550100, 12ab\n(415) 555-0101 +1 555", "US", 50);
        assertThat(list.ok()).isFalse();
        assertThat(list.errors()).hasSize(2);
        assertThat(list.errors().get(0)).contains("“12ab”");
        assertThat(list.errors().get(1)).contains("“+1 555”");
    }

    @Test
    void duplicatesCollapseAfterNormalising() {
        assertThat(NumberList.parse("+14155550100, (415) 555-0100", "US", 50).numbers()).containsExactly("+14155550100");
    }

    @Test
    void emptyInputAsksForANumber() {
        assertThat(NumberList.parse(" ,\n ", "US", 50).errors()).containsExactly("Enter at least one phone number.");
    }

    @Test
    void jsonArraysAreCheckedEntryByEntry() {
        List<String> entries = new ArrayList<>(Arrays.asList("+14155550100", null, "nope"));
        NumberList list = NumberList.of(entries, "US", 50);
        assertThat(list.errors()).hasSize(2);
        assertThat(NumberList.of(List.of(numbers(51, ",").split(",")), "US", 50).errors())
                .contains("At most 50 numbers per submission; you entered 51.");
    }
}
