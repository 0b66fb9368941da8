package io.switchboard.platform.facebook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AppSecretProofTest {
    @Test
    void isTheHexHmacSha256OfTheTokenKeyedWithTheAppSecret() {
        // RFC 4231-style known answer: HMAC-SHA256(key "key", "The quick brown fox jumps over the lazy dog")
        assertThat(FacebookGraph.appSecretProof("The quick brown fox jumps over the lazy dog", "key"))
                .isEqualTo("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
    }
}
