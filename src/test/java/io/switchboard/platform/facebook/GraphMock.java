package io.switchboard.platform.facebook;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * WireMock as the Facebook Graph API on a dynamic port, started once for every test; a test gets it in a field
 * annotated {@link Graph}. Tests use their own tokens and page ids, so they never see each other's stubs.
 */
public class GraphMock implements QuarkusTestResourceLifecycleManager {
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Graph {
    }

    /** Registers the resource for the whole test run (like support/OidcProvider). */
    @QuarkusTestResource(GraphMock.class)
    public static final class Registration {
        private Registration() {
        }
    }

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        return Map.of("facebook.graph.url", server.baseUrl());
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server, new TestInjector.AnnotatedAndMatchesType(Graph.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
