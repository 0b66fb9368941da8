package io.switchboard.common;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * The reactive client (stop-list membership check) reaches the same database as JDBC: production configures
 * {@code QUARKUS_DATASOURCE_JDBC_URL} once and the reactive URL follows it, unless it is set explicitly.
 */
public class ReactiveUrlFromJdbc implements ConfigSourceFactory {
    static final String JDBC = "quarkus.datasource.jdbc.url";
    static final String REACTIVE = "quarkus.datasource.reactive.url";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        String derived = derive(value(context, JDBC), value(context, REACTIVE));
        return derived == null ? List.of()
                : List.of(new PropertiesConfigSource(Map.of(REACTIVE, derived), "reactive URL from the JDBC URL", 50));
    }

    /** Parameters both drivers read alike; the reactive client would send any other one to the server as a setting. */
    private static final java.util.Set<String> SHARED_PARAMETERS = java.util.Set.of("sslmode", "application_name");

    /**
     * {@code jdbc:postgresql://db:5432/x?sslmode=require&prepareThreshold=0} → {@code postgresql://db:5432/x?sslmode=require}:
     * the address and the parameters the reactive client understands the same way (others are the JDBC driver's own).
     */
    static String derive(String jdbcUrl, String reactiveUrl) {
        if (reactiveUrl != null && !reactiveUrl.isBlank() || jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql://")) {
            return null;
        }
        String url = jdbcUrl.substring("jdbc:".length());
        int q = url.indexOf('?');
        if (q < 0) {
            return url;
        }
        String kept = java.util.Arrays.stream(url.substring(q + 1).split("&"))
                .filter(p -> SHARED_PARAMETERS.contains(p.split("=", 2)[0].toLowerCase(java.util.Locale.ROOT)))
                .collect(java.util.stream.Collectors.joining("&"));
        return kept.isEmpty() ? url.substring(0, q) : url.substring(0, q + 1) + kept;
    }

    private static String value(ConfigSourceContext context, String name) {
        ConfigValue v = context.getValue(name);
        return v == null ? null : v.getValue();
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(50);
    }
}
