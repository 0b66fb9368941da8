package io.switchboard.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "(415) 555-1234 | US | +14155551234",
            "415.555.1234 | US | +14155551234",
            "+1 415 555 1234 | GB | +14155551234",
            "+44 20 7946 0958 | US | +442079460958",
            "020 7946 0958 | GB | +442079460958",
            "+14155551234 | US | +14155551234",
            "1-415-555-1234 | US | +14155551234" })
    void normalisesToE164(String typed, String region, String e164) {
        PhoneNumbers.Parsed parsed = PhoneNumbers.parse(typed, region);
        assertThat(parsed.valid()).isTrue();
        assertThat(parsed.e164()).isEqualTo(e164);
        assertThat(parsed.error()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "12ab", "+1 555", "555", "+999 123456789", "+1415555123456789", "415-555-1234 ext. 5",
            "tel:+14155551234", "++14155551234" })
    void refusesWhatIsNotAValidNumberQuotingTheInput(String typed) {
        PhoneNumbers.Parsed parsed = PhoneNumbers.parse(typed, "US");
        assertThat(parsed.valid()).isFalse();
        assertThat(parsed.e164()).isNull();
        assertThat(parsed.error()).contains("“" + typed + "”");
    }

    @Test
    void blankIsRefused() {
        assertThat(PhoneNumbers.parse("  ", "US").error()).isEqualTo("Enter a phone number.");
        assertThat(PhoneNumbers.parse(null, "US").valid()).isFalse();
    }

    @Test
    void withoutARegionANumberNeedsItsCountryCode() {
        assertThat(PhoneNumbers.parse("4155551234", "ZZ").error()).contains("country code");
    }

    @Test
    void e164AndRegionChecks() {
        assertThat(PhoneNumbers.isE164("+14155551234")).isTrue();
        assertThat(PhoneNumbers.isE164("+0123")).isFalse();
        assertThat(PhoneNumbers.isE164("+1234567890123456")).isFalse();
        assertThat(PhoneNumbers.isE164("14155551234")).isFalse();
        assertThat(PhoneNumbers.isValidRegion("us")).isTrue();
        assertThat(PhoneNumbers.isValidRegion("XX")).isFalse();
        assertThat(PhoneNumbers.isValidRegion(null)).isFalse();
    }
}
