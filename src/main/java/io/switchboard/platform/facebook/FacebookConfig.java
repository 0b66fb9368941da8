package io.switchboard.platform.facebook;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The installation's Facebook app and where the Graph API is (DESIGN §3.7). */
@ConfigMapping(prefix = "switchboard.facebook")
public interface FacebookConfig {
    /** The Graph API base URL, version included. */
    @WithDefault("https://graph.facebook.com/v21.0")
    String graphUrl();

    /** The Facebook app's id (SWITCHBOARD_FACEBOOK_APP_ID); without it and the secret the tab says "not configured". */
    Optional<String> appId();

    /** The Facebook app's secret (SWITCHBOARD_FACEBOOK_APP_SECRET); never logged or shown. */
    Optional<String> appSecret();

    /** Connect and read timeout of each Graph request. */
    @WithDefault("PT10S")
    Duration timeout();

    /** Permissions the connecting user must have granted to the app. */
    @WithDefault("pages_messaging,pages_manage_metadata,pages_show_list")
    List<String> requiredPermissions();

    default boolean configured() {
        return appId().filter(s -> !s.isBlank()).isPresent() && appSecret().filter(s -> !s.isBlank()).isPresent();
    }
}
