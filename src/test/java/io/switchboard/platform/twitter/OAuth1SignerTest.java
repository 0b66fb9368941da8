package io.switchboard.platform.twitter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** X's documented example ("Creating a signature") and the header it goes into. */
class OAuth1SignerTest {
    static final OAuth1Signer.Credentials DOCS = new OAuth1Signer.Credentials("xvz1evFS4wEEPTGEFPHBog",
            "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw", "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb",
            "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE");
    static final Map<String, String> PARAMS = Map.of("include_entities", "true", "status",
            "Hello Ladies + Gentlemen, a signed OAuth request!");

    @Test
    void reproducesTheSignatureOfXsDocumentedExample() {
        Map<String, String> oauth = new TreeMap<>(Map.of("oauth_consumer_key", DOCS.consumerKey(), "oauth_nonce",
                "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg", "oauth_signature_method", "HMAC-SHA1", "oauth_timestamp",
                "1318622958", "oauth_token", DOCS.token(), "oauth_version", "1.0"));
        assertThat(OAuth1Signer.signature("post", "https://api.twitter.com/1.1/statuses/update.json", PARAMS, oauth,
                DOCS.consumerSecret(), DOCS.tokenSecret())).isEqualTo("hCtSmYh+iHYCEqBWrE7C7hYmtUk=");
    }

    @Test
    void theHeaderCarriesEveryOauthParameterPercentEncoded() {
        String header = OAuth1Signer.authorization("POST", "https://api.twitter.com/1.1/statuses/update.json", PARAMS, DOCS,
                "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg", 1318622958L);
        assertThat(header).isEqualTo("OAuth oauth_consumer_key=\"xvz1evFS4wEEPTGEFPHBog\", "
                + "oauth_nonce=\"kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg\", "
                + "oauth_signature=\"hCtSmYh%2BiHYCEqBWrE7C7hYmtUk%3D\", oauth_signature_method=\"HMAC-SHA1\", "
                + "oauth_timestamp=\"1318622958\", oauth_token=\"370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb\", "
                + "oauth_version=\"1.0\"");
    }

    @Test
    void encodesAsRfc3986AndKeepsNonDefaultPortsInTheBaseUrl() {
        assertThat(OAuth1Signer.encode("Ladies + Gentlemen!*'()~")).isEqualTo("Ladies%20%2B%20Gentlemen%21%2A%27%28%29~");
        assertThat(OAuth1Signer.encode("é")).isEqualTo("%C3%A9");
        assertThat(OAuth1Signer.baseUrl("HTTPS://API.Twitter.com:443/1.1/a.json?x=1")).isEqualTo("https://api.twitter.com/1.1/a.json");
        assertThat(OAuth1Signer.baseUrl("http://localhost:8089/1.1/a.json")).isEqualTo("http://localhost:8089/1.1/a.json");
    }
}
