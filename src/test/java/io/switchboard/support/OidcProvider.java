package io.switchboard.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Starts the WireMock OIDC provider (real signed tokens, a login form) once for every test. */
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class OidcProvider {
    private OidcProvider() {
    }
}
