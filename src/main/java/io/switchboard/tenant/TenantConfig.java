package io.switchboard.tenant;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "switchboard.tenant")
public interface TenantConfig {
    /** Token claim that names the user's tenant. */
    @WithDefault("tenant")
    String claim();

    /** Tenant of tokens without the claim (a single-tenant install, or the OIDC dev service). */
    @WithDefault("default")
    String defaultId();

    /** Display name given to a tenant created on first login. */
    @WithDefault("Default tenant")
    String defaultName();

    /** IANA time zone given to a new tenant. */
    @WithDefault("America/Chicago")
    String defaultTimeZone();

    /** Region (ISO 3166) used to read phone numbers written without a country code. */
    @WithDefault("US")
    String defaultRegion();
}
