package io.switchboard.contactpoint;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.switchboard.common.FieldErrors;

class ContactPointRulesTest {

    @ParameterizedTest
    @ValueSource(strings = { "ab", "a1", "0-", "sales-en", "default" })
    void acceptsIds(String id) {
        assertTrue(ContactPointRules.checkId(id, FieldErrors.none()).isEmpty(), id);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " ", "a", "-ab", "Ab", "a_b", "a b", "ä-b", "sales.en" })
    void rejectsIds(String id) {
        assertFalse(ContactPointRules.checkId(id, FieldErrors.none()).isEmpty(), id);
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 99, 100 })
    void acceptsLabelsUpToOneHundredCharacters(int length) {
        assertTrue(ContactPointRules.checkLabel("é".repeat(length), FieldErrors.none()).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "   ", "line\nbreak", "tab\there" })
    void rejectsBlankAndControlCharacterLabels(String label) {
        assertFalse(ContactPointRules.checkLabel(label, FieldErrors.none()).isEmpty());
    }

    @org.junit.jupiter.api.Test
    void idsMayBeSixtyThreeButNotSixtyFourCharacters() {
        assertTrue(ContactPointRules.checkId("x" + "-".repeat(62), FieldErrors.none()).isEmpty());
        assertFalse(ContactPointRules.checkId("x" + "-".repeat(63), FieldErrors.none()).isEmpty());
    }

    @org.junit.jupiter.api.Test
    void rejectsLabelOfOneHundredAndOneCharacters() {
        assertFalse(ContactPointRules.checkLabel("x".repeat(101), FieldErrors.none()).isEmpty());
        // Surrounding spaces do not count: they are trimmed before saving.
        assertTrue(ContactPointRules.checkLabel("  " + "x".repeat(100) + "  ", FieldErrors.none()).isEmpty());
    }
}
