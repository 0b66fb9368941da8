package io.switchboard.stoplist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class KeywordListsTest {

    @Test
    void typedWordsAreSplitUpperCasedAndDeduplicated() {
        assertThat(KeywordLists.parseWords(" stop, Stop;quit\n\narret ")).containsExactly("STOP", "QUIT", "ARRET");
        assertThat(KeywordLists.parseWords(null)).isEmpty();
    }

    @Test
    void defaultsHaveNoProblems() {
        assertThat(KeywordLists.problems(KeywordLists.defaults())).isEmpty();
    }

    @Test
    void aKeywordInTwoListsIsNamed() {
        var problems = KeywordLists.problems(new KeywordLists(List.of("STOP"), List.of("STOP"), List.of()));
        assertThat(problems).containsExactly("“STOP” is in both the opt-out and the opt-in list.");
    }

    @Test
    void keywordsAreOneWordOfTwoToTwentyLettersOrDigits() {
        var problems = KeywordLists.problems(new KeywordLists(List.of("STOP NOW", "S", "OK"), List.of("START"), List.of()));
        assertThat(problems).hasSize(2).allMatch(p -> p.contains("is not a keyword"));
        assertThat(KeywordLists.problems(new KeywordLists(List.of("A".repeat(21)), List.of("START"), List.of())))
                .hasSize(1);
    }

    @Test
    void optOutAndOptInListsCannotBeEmptyAndHoldAtMostThirty() {
        assertThat(KeywordLists.problems(new KeywordLists(List.of(), List.of(), List.of()))).hasSize(2);
        List<String> thirtyOne = Collections.nCopies(31, "STOP");
        assertThat(KeywordLists.problems(new KeywordLists(thirtyOne, List.of("START"), List.of())))
                .anyMatch(p -> p.contains("at most 30"));
    }
}
