package io.switchboard.dashbot;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What Dashbot receives for a Quiq conversation (DESIGN §3.8), as plain Java: one message per Quiq message with
 * text; {@code fromCustomer} decides incoming or outgoing; {@code userId} is the customer's handle in both
 * directions, never the agent's or bot's; conversation and session are the conversation id; the timestamp in
 * milliseconds; {@code platformJson} the original message with contact point and platform; {@code
 * platformUserJson} the customer's first and last name.
 */
public final class DashbotMessages {
    /** Dashbot refuses messages older than this. */
    public static final Duration MAX_AGE = Duration.ofHours(1);

    private DashbotMessages() {
    }

    /** One message to post: {@code type} is incoming or outgoing, {@code body} exactly the JSON posted. */
    public record Message(String id, String type, ObjectNode body, Instant at) {
    }

    /** The messages to forward, or why the conversation is skipped. */
    public record Result(List<Message> messages, String skipped) {
    }

    public static Result of(JsonNode conversation, Set<String> includedContactPoints) {
        String contactPoint = text(conversation, "contactPointId");
        if (contactPoint == null || !includedContactPoints.contains(contactPoint)) {
            return new Result(List.of(), "contact point " + (contactPoint == null ? "(none)" : contactPoint)
                    + " is not forwarded");
        }
        String conversationId = text(conversation, "id");
        String customer = text(conversation, "customerHandle");
        if (conversationId == null || customer == null) {
            return new Result(List.of(), "the conversation has no " + (conversationId == null ? "id" : "customerHandle"));
        }
        ObjectNode user = JsonNodeFactory.instance.objectNode();
        JsonNode c = conversation.path("customer");
        user.put("firstName", text(c, "firstName"));
        user.put("lastName", text(c, "lastName"));
        List<Message> out = new ArrayList<>();
        for (JsonNode m : conversation.path("messages")) {
            String id = text(m, "id");
            String body = text(m, "text");
            JsonNode ts = m.get("timestamp");
            if (id == null || body == null || body.isBlank() || ts == null || !ts.canConvertToLong()) {
                continue; // system events and attachments without text have nothing for Dashbot
            }
            ObjectNode platform = m.deepCopy();
            platform.put("contactPointId", contactPoint);
            platform.put("platform", text(conversation, "customerPlatform"));
            ObjectNode post = JsonNodeFactory.instance.objectNode();
            post.put("text", body);
            post.put("userId", customer);
            post.put("conversationId", conversationId);
            post.put("sessionId", conversationId);
            post.put("dashbot_timestamp", ts.asLong());
            post.set("platformJson", platform);
            post.set("platformUserJson", user);
            out.add(new Message(id, m.path("fromCustomer").asBoolean(false) ? "incoming" : "outgoing", post,
                    Instant.ofEpochMilli(ts.asLong())));
        }
        return new Result(out, null);
    }

    /** Whether Dashbot would refuse the message as too old at {@code now}. */
    public static boolean tooOld(Instant messageAt, Instant now) {
        return messageAt.isBefore(now.minus(MAX_AGE));
    }

    /** Seconds to wait before attempt {@code attempts + 1}: 15 s doubling, at most an hour. */
    public static long backoffSeconds(int attempts) {
        return Math.min(3_600, 15L << Math.min(attempts, 20));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
    }
}
