package io.switchboard.stoplist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class KeywordClassifierTest {
    static final KeywordLists DEFAULTS = KeywordLists.defaults();

    static InboundAction classify(String text) {
        return KeywordClassifier.classify(text, DEFAULTS);
    }

    @ParameterizedTest
    @ValueSource(strings = { "STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT" })
    void everyOptOutKeywordAloneIsOptOut(String keyword) {
        assertEquals(InboundAction.OPT_OUT, classify(keyword));
        assertEquals(InboundAction.OPT_OUT, classify(keyword.toLowerCase()));
        assertEquals(InboundAction.OPT_OUT, classify("  " + keyword.charAt(0) + keyword.substring(1).toLowerCase() + "!! "));
    }

    @ParameterizedTest
    @ValueSource(strings = { "START", "YES", "UNSTOP" })
    void everyOptInKeywordAloneIsOptIn(String keyword) {
        assertEquals(InboundAction.OPT_IN, classify(keyword));
        assertEquals(InboundAction.OPT_IN, classify(keyword.toLowerCase() + "."));
    }

    @ParameterizedTest
    @ValueSource(strings = { "HELP", "help", "Info?", " INFO " })
    void helpAndInfoAreRecognised(String text) {
        assertEquals(InboundAction.HELP, classify(text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "stop.", "Stop!", "STOP?!", "stop;", "stop…", "stop 🙏", "stop\n", "\tSTOP\t",
            "\u00A0stop\u00A0", "\u200Bstop\u200B", "ＳＴＯＰ", "sToP", "STOP!!!   " })
    void spacesCasingTrailingPunctuationAndEmojiAreIgnored(String text) {
        assertEquals(InboundAction.OPT_OUT, classify(text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "STOP please", "please STOP", "Please stop texting me", "unsubscribe me", "stop!!! now",
            "Remove me from this list", "take me off your list", "don't text me again", "Do not message me",
            "no more texts please", "opt me out", "opt-out", "Leave me alone", "STOP STOP", "cancel please",
            "Stop sending me these", "wrong number, stop" })
    void messagesThatLookLikeAnOptOutRequestGoToReview(String text) {
        assertEquals(InboundAction.REVIEW, classify(text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "What time do you open?", "Yes I'd like the blue one", "Thanks!", "My order hasn't arrived",
            "When does the sale end?", "I want to cancel my order", "startup", "stopper", "ok", "Nonstop deals all weekend?" })
    void ordinaryMessagesDoNothing(String text) {
        assertEquals(InboundAction.NONE, classify(text));
    }

    @Test
    void aShortMessageWithAStrongKeywordIsReviewedEvenIfItMeansSomethingElse() {
        // Cheap for an admin to dismiss; costly to miss an opt-out.
        assertEquals(InboundAction.REVIEW, classify("Don't stop believing"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "   ", "!!!", "\u200B" })
    void blankMessagesDoNothing(String text) {
        assertEquals(InboundAction.NONE, classify(text));
    }

    @Test
    void theTenantsListsAreUsedNotTheDefaults() {
        List<String> optOut = new ArrayList<>(DEFAULTS.optOut());
        optOut.remove("END");
        optOut.add("ARRET");
        KeywordLists custom = new KeywordLists(optOut, List.of("START"), List.of());
        assertEquals(InboundAction.OPT_OUT, KeywordClassifier.classify("arret", custom));
        assertEquals(InboundAction.NONE, KeywordClassifier.classify("end", custom));
        assertEquals(InboundAction.NONE, KeywordClassifier.classify("yes", custom));
        assertEquals(InboundAction.NONE, KeywordClassifier.classify("help", custom));
    }

    @Test
    void normaliseTrimsUpperCasesAndDropsTrailingPunctuationOnly() {
        assertEquals("STOP", KeywordClassifier.normalise("  stop!! "));
        assertEquals("¡STOP", KeywordClassifier.normalise("¡stop!"));
        assertEquals("STOP PLEASE", KeywordClassifier.normalise("stop please."));
        assertEquals("", KeywordClassifier.normalise(null));
    }
}
