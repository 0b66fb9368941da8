package io.switchboard.platform.facebook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FacebookPageUrlTest {
    @ParameterizedTest
    @CsvSource({
            "https://www.facebook.com/AcmeSupport, AcmeSupport",
            "facebook.com/AcmeSupport/, AcmeSupport",
            "  https://m.facebook.com/Acme.Support  , Acme.Support",
            "http://facebook.com/AcmeSupport?ref=bookmarks, AcmeSupport",
            "https://web.facebook.com/AcmeSupport#about, AcmeSupport",
            "HTTPS://WWW.FACEBOOK.COM/AcmeSupport, AcmeSupport",
            "https://www.facebook.com/profile.php?id=100012345678901, 100012345678901",
            "https://www.facebook.com/profile.php?sk=about&id=100012345678901, 100012345678901",
            "https://www.facebook.com/pages/Acme-Support/123456789012345, 123456789012345",
            "https://www.facebook.com/pages/Acme-Support/123456789012345/, 123456789012345",
            "www.facebook.com/123456789012345, 123456789012345",
            "https://www.facebook.com/Acmes, Acmes" })
    void acceptsPageAddressesAndNamesTheNode(String url, String node) {
        FacebookPageUrl.Parsed p = FacebookPageUrl.parse(url);
        assertThat(p.error()).isNull();
        assertThat(p.node()).isEqualTo(node);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://www.facebook.com/groups/acme | That is a Facebook groups address, not a page",
            "https://www.facebook.com/events/123456 | That is a Facebook events address, not a page",
            "https://www.facebook.com/AcmeSupport/posts/123456 | points inside a page",
            "https://www.facebook.com/ | Facebook's home page",
            "https://www.facebook.com | Facebook's home page",
            "https://www.facebook.com/profile.php | needs the page's numeric id",
            "https://www.facebook.com/profile.php?id=abc | needs the page's numeric id",
            "https://www.facebook.com/pages/Acme-Support | ends with the page's numeric id",
            "https://www.facebook.com/pages/Acme/notanid | ends with the page's numeric id",
            "https://facebook.com.evil.io/AcmeSupport | Not a facebook.com address",
            "https://evilfacebook.com/AcmeSupport | Not a facebook.com address",
            "https://www.facebook.com:8443/AcmeSupport | Not a facebook.com address",
            "https://user@www.facebook.com/AcmeSupport | Not a facebook.com address",
            "ftp://www.facebook.com/AcmeSupport | starts with https://",
            "javascript:alert(1) | starts with https://",
            "https://www.facebook.com/Acme | is not a Facebook page name",
            "https://www.facebook.com/Acme_Support | is not a Facebook page name",
            "https://www.facebook.com/Acme Support | has no spaces",
            "https://www.facebook.com/%41cme | is not a Facebook page name",
            "https://www.facebook.com/a{b} | not a web address" })
    void refusesAnythingElseSayingWhatWasExpected(String url, String why) {
        FacebookPageUrl.Parsed p = FacebookPageUrl.parse(url);
        assertThat(p.ok()).isFalse();
        assertThat(p.node()).isNull();
        assertThat(p.error()).contains(why.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "   " })
    void blankAsksForTheAddress(String url) {
        assertThat(FacebookPageUrl.parse(url).error()).startsWith("Paste the address of the Facebook page");
        assertThat(FacebookPageUrl.parse(null).error()).startsWith("Paste the address of the Facebook page");
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://www.facebook.com/" + "abcdefghij" + "abcdefghij" + "abcdefghij" + "abcdefghij" + "abcdefghij" + "x" })
    void aNameLongerThanFiftyIsRefused(String url) {
        assertThat(FacebookPageUrl.parse(url).ok()).isFalse();
    }
}
