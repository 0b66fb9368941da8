package io.switchboard.platform.facebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One answer of the Graph API as the checklist reads it: the status (0 when Facebook could not be reached), the JSON
 * body, and when something went wrong, one sentence saying what (Facebook's own message when it sent one).
 */
public record GraphAnswer(int status, JsonNode json, String problem) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An HTTP answer: a Graph error object, a non-2xx status or a body that is not a JSON object is a problem. */
    public static GraphAnswer of(int status, String body) {
        JsonNode json = null;
        try {
            json = body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (java.io.IOException e) {
            json = null;
        }
        if (json != null && json.path("error").isObject()) {
            JsonNode error = json.get("error");
            String message = error.path("message").asText("no message");
            String type = error.path("type").asText("");
            String code = error.has("code") ? "code " + error.get("code").asText() : "";
            String detail = String.join(", ", java.util.stream.Stream.of(type, code).filter(s -> !s.isEmpty()).toList());
            return new GraphAnswer(status, json, "Facebook says: " + message + (detail.isEmpty() ? "" : " (" + detail + ")"));
        }
        if (status / 100 != 2) {
            return new GraphAnswer(status, json, "Facebook answered HTTP " + status + (status >= 500 ? " (a Facebook-side failure)" : ""));
        }
        if (json == null || !json.isObject()) {
            return new GraphAnswer(status, null, "Facebook's answer could not be read (not a JSON object)");
        }
        return new GraphAnswer(status, json, null);
    }

    /** Facebook was not reached or did not answer in time. */
    public static GraphAnswer unreachable(String why) {
        return new GraphAnswer(0, null, "Facebook could not be reached: " + why);
    }

    public boolean ok() {
        return problem == null;
    }

    /** Graph's error code (190: the token is invalid or expired), or 0. */
    public int errorCode() {
        return json == null ? 0 : json.path("error").path("code").asInt(0);
    }

    /** Refused by Facebook for what was sent (a 4xx with an error object), as opposed to Facebook failing. */
    public boolean refused() {
        return status >= 400 && status < 500 && json != null && json.path("error").isObject();
    }

    /** A text field of the answer, or null. */
    public String text(String field) {
        if (json == null) {
            return null;
        }
        JsonNode node = json.get(field);
        return node == null || node.isNull() || node.asText().isBlank() ? null : node.asText();
    }
}
