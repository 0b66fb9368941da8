package io.switchboard.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Wildcards only as the leftmost whole label, never the bare domain, never a substring; IDN; ports and paths ignored. */
class DomainPatternsTest {
    static final List<String> LIST = List.of("example.com", "*.shop.example.org", "BÜCHER.de");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "https://example.com, true",
            "https://EXAMPLE.com:8443/path?q=1, true",
            "http://example.com., true",
            "https://www.example.com, false",
            "https://example.com.evil.io, false",
            "https://evilexample.com, false",
            "https://a.shop.example.org, true",
            "https://a.b.shop.example.org/page, true",
            "https://shop.example.org, false",
            "https://xshop.example.org, false",
            "https://bücher.de, true",
            "https://xn--bcher-kva.de, true",
            "https://www.bücher.de, false",
    })
    void matchesExactlyAsDesigned(String origin, boolean allowed) {
        assertThat(DomainPatterns.check(LIST, origin).allowed()).isEqualTo(allowed);
    }

    @Test
    void aBlankListAllowsEverySiteAndAListRefusesARequestNamingNone() {
        assertThat(DomainPatterns.check(List.of(), null).allowed()).isTrue();
        assertThat(DomainPatterns.check(LIST, null).allowed()).isFalse();
        assertThat(DomainPatterns.check(LIST, "null").reason()).contains("names no site");
        assertThat(DomainPatterns.check(LIST, "https://a.shop.example.org").reason())
                .isEqualTo("allowed: a.shop.example.org matches *.shop.example.org");
        assertThat(DomainPatterns.check(LIST, "https://example.com.evil.io").reason())
                .isEqualTo("refused: example.com.evil.io matches no whitelisted domain");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "https://example.com | without scheme",
            "example.com:8080 | without scheme, port or path",
            "example.com/shop | without scheme, port or path",
            "shop.*.example.com | leftmost whole label",
            "*example.com | leftmost whole label",
            "* | leftmost whole label",
            "localhost | with a dot",
            "exa mple.com | with a dot",
            "-bad.example.com | with a dot",
    })
    void badPatternsAreRefusedWithTheReason(String pattern, String reason) {
        DomainPatterns.Parsed p = DomainPatterns.parse(pattern);
        assertThat(p.valid()).isFalse();
        assertThat(p.error()).contains(reason);
    }

    @Test
    void patternsAreStoredLowerCaseAndPunycoded() {
        assertThat(DomainPatterns.parse(" *.Shop.Example.ORG ").ascii()).isEqualTo("*.shop.example.org");
        assertThat(DomainPatterns.parse("bücher.de").ascii()).isEqualTo("xn--bcher-kva.de");
        assertThat(DomainPatterns.errors(List.of("example.com", "ex ample", "*.ok.io"))).hasSize(1);
    }
}
