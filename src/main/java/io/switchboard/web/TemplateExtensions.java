package io.switchboard.web;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.TemplateExtension;
import io.switchboard.common.Times;

@TemplateExtension
public class TemplateExtensions {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    static String display(Instant instant) {
        return Times.format(instant);
    }

    /** For a value inside a query string or path segment. */
    static String urlEncoded(String value) {
        // %20 for a space: right in a path segment as in a query (URLEncoder's "+" is a plus sign in a path)
        return value == null ? "" : java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
    }

    /** 1000000 → "1,000,000". */
    static String grouped(long value) {
        return String.format(java.util.Locale.ROOT, "%,d", value);
    }

    /** Compact JSON of an audit snapshot (escaped by Qute like any other value). */
    static String json(Map<String, Object> value) {
        if (value == null) {
            return "";
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return value.toString();
        }
    }
}
