package io.switchboard.platform.twitter;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The installation's X app: without its consumer key and secret no account can be connected. */
@ConfigMapping(prefix = "switchboard.twitter")
public interface TwitterConfig {
    /** X's API base URL; the checks call {@code {api-url}/1.1/account/…}. */
    @WithDefault("https://api.twitter.com")
    String apiUrl();

    /** The app's API key (consumer key), from the X developer portal; env SWITCHBOARD_TWITTER_CONSUMER_KEY. */
    Optional<String> consumerKey();

    /** The app's API key secret (consumer secret); env SWITCHBOARD_TWITTER_CONSUMER_SECRET. */
    Optional<String> consumerSecret();

    /** Connect and read timeout of each call to X. */
    @WithDefault("PT10S")
    Duration timeout();

    default boolean configured() {
        return consumerKey().filter(k -> !k.isBlank()).isPresent() && consumerSecret().filter(s -> !s.isBlank()).isPresent();
    }
}
