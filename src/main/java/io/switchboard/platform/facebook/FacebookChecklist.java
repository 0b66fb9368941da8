package io.switchboard.platform.facebook;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.switchboard.common.Times;

/**
 * The connection checklist (DESIGN §3.7) from the Graph API's answers: associate user, page identification, app
 * subscribed to the page's messaging webhooks, permissions granted. Each item is green, or yellow with the fix.
 */
public final class FacebookChecklist {
    /** A token expiring sooner than this is worth a reconnect now, before messages stop. */
    public static final Duration EXPIRY_WARNING = Duration.ofDays(7);
    public static final List<String> SUBSCRIBED_FIELDS = List.of("messages", "messaging_postbacks");

    public enum Status {
        GREEN, YELLOW
    }

    public enum Item {
        ASSOCIATE_USER("Associate user"),
        PAGE("Page identification"),
        SUBSCRIPTION("App subscribed to the page's messaging webhooks"),
        PERMISSIONS("Permissions granted");

        private final String title;

        Item(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** What the fix button does: reconnect with a new user token, subscribe the app, or check again later. */
    public enum Action {
        RECONNECT, SUBSCRIBE, CHECK
    }

    /** One line of the checklist; {@code fix} and {@code action} are null on a green item. */
    public record Line(Item item, Status status, String message, String fix, Action action) {
        public boolean green() {
            return status == Status.GREEN;
        }

        static Line green(Item item, String message) {
            return new Line(item, Status.GREEN, message, null, null);
        }

        static Line yellow(Item item, String message, String fix, Action action) {
            return new Line(item, Status.YELLOW, message, fix, action);
        }
    }

    /**
     * The answers: {@code debugToken} for the user token, {@code pageToken} (null when the page lookup failed),
     * {@code subscribedApps} (null without a page token), {@code permissions}.
     */
    public record Answers(String userName, GraphAnswer debugToken, String pageId, String pageName,
            GraphAnswer pageLookup, GraphAnswer pageToken, GraphAnswer subscribedApps, GraphAnswer permissions) {
    }

    private FacebookChecklist() {
    }

    public static List<Line> evaluate(Answers a, String appId, List<String> requiredPermissions, Instant now) {
        return List.of(associateUser(a, appId, now), page(a), subscription(a, appId), permissions(a, requiredPermissions));
    }

    static Line associateUser(Answers a, String appId, Instant now) {
        Item item = Item.ASSOCIATE_USER;
        String who = a.userName() == null ? "The connected user" : a.userName();
        GraphAnswer d = a.debugToken();
        if (d == null || !d.ok()) {
            return Line.yellow(item, "The user token could not be checked. " + (d == null ? "" : d.problem() + "."),
                    "Check again in a few minutes; if it stays yellow, Reconnect.", Action.CHECK);
        }
        JsonNode data = d.json().path("data");
        if (!data.path("is_valid").asBoolean(false)) {
            String why = data.path("error").path("message").asText("");
            return Line.yellow(item, who + "'s token is no longer valid" + (why.isEmpty() ? "." : ": " + why),
                    "Reconnect: sign in with Facebook Login again and paste the new user access token.", Action.RECONNECT);
        }
        String tokenApp = data.path("app_id").asText("");
        if (!tokenApp.isEmpty() && !tokenApp.equals(appId)) {
            return Line.yellow(item, who + "'s token was issued to another Facebook app (" + tokenApp + "), not this "
                    + "installation's (" + appId + ").", "Reconnect with a token from this app's Facebook Login.",
                    Action.RECONNECT);
        }
        Instant expires = expiresAt(d);
        if (expires != null && !expires.isAfter(now)) {
            return Line.yellow(item, who + "'s token expired at " + Times.format(expires) + ".",
                    "Reconnect: sign in with Facebook Login again and paste the new user access token.", Action.RECONNECT);
        }
        if (expires != null && expires.isBefore(now.plus(EXPIRY_WARNING))) {
            long days = Duration.between(now, expires).toDays();
            return Line.yellow(item, who + "'s token expires at " + Times.format(expires) + " (in "
                    + (days == 0 ? "less than a day" : days == 1 ? "1 day" : days + " days") + ").",
                    "Reconnect before then so that messages keep arriving.", Action.RECONNECT);
        }
        return Line.green(item, "Connected as " + who + "; long-lived token "
                + (expires == null ? "that does not expire." : "valid until " + Times.format(expires) + "."));
    }

    static Line page(Answers a) {
        Item item = Item.PAGE;
        String name = "“" + a.pageName() + "” (" + a.pageId() + ")";
        if (a.pageLookup() != null && !a.pageLookup().ok()) {
            return Line.yellow(item, "The page " + name + " could not be read. " + a.pageLookup().problem() + ".",
                    "Check again; if the page was deleted or unpublished, disconnect and connect the current one.",
                    Action.CHECK);
        }
        GraphAnswer t = a.pageToken();
        if (t == null || t.refused() || (t.ok() && t.text("access_token") == null)) {
            String who = a.userName() == null ? "The connected user" : a.userName();
            return Line.yellow(item, who + " does not manage the page " + name + ", so Facebook gives no page token"
                    + (t != null && !t.ok() ? " (" + t.problem() + ")." : "."),
                    "Reconnect as a user with a full-control role on the page (Page settings → Page access).",
                    Action.RECONNECT);
        }
        if (!t.ok()) {
            return Line.yellow(item, "The page token for " + name + " could not be fetched. " + t.problem() + ".",
                    "Check again in a few minutes.", Action.CHECK);
        }
        return Line.green(item, "Page " + name + "; page token stored.");
    }

    static Line subscription(Answers a, String appId) {
        Item item = Item.SUBSCRIPTION;
        GraphAnswer s = a.subscribedApps();
        if (s == null) {
            return Line.yellow(item, "Cannot be checked without a page token (see Page identification).",
                    "Fix Page identification first.", Action.RECONNECT);
        }
        if (!s.ok()) {
            return Line.yellow(item, "The page's subscribed apps could not be read. " + s.problem() + ".",
                    "Check again, or subscribe the app now.", Action.SUBSCRIBE);
        }
        for (JsonNode app : s.json().path("data")) {
            if (appId.equals(app.path("id").asText())) {
                List<String> missing = new ArrayList<>(SUBSCRIBED_FIELDS);
                app.path("subscribed_fields").forEach(f -> missing.remove(f.asText()));
                if (missing.isEmpty()) {
                    return Line.green(item, "Messages and postbacks from the page are sent to this app.");
                }
                return Line.yellow(item, "The app is subscribed to the page but not to " + String.join(", ", missing)
                        + ", so those would be lost.", "Subscribe the app to messages and messaging_postbacks.",
                        Action.SUBSCRIBE);
            }
        }
        return Line.yellow(item, "The app is not subscribed to the page: its messages are not sent to Switchboard.",
                "Subscribe the app to the page's messages and messaging_postbacks.", Action.SUBSCRIBE);
    }

    static Line permissions(Answers a, List<String> required) {
        Item item = Item.PERMISSIONS;
        GraphAnswer p = a.permissions();
        if (p == null || !p.ok()) {
            return Line.yellow(item, "The granted permissions could not be read. " + (p == null ? "" : p.problem() + "."),
                    "Check again in a few minutes.", Action.CHECK);
        }
        Map<String, String> granted = new LinkedHashMap<>();
        for (JsonNode perm : p.json().path("data")) {
            granted.put(perm.path("permission").asText(), perm.path("status").asText());
        }
        List<String> missing = new ArrayList<>();
        List<String> declined = new ArrayList<>();
        for (String r : required) {
            String status = granted.get(r);
            if (status == null) {
                missing.add(r);
            } else if (!"granted".equals(status)) {
                declined.add(r);
            }
        }
        if (missing.isEmpty() && declined.isEmpty()) {
            return Line.green(item, "Granted: " + String.join(", ", required) + ".");
        }
        List<String> parts = new ArrayList<>();
        if (!missing.isEmpty()) {
            parts.add("not granted: " + String.join(", ", missing));
        }
        if (!declined.isEmpty()) {
            parts.add("declined: " + String.join(", ", declined));
        }
        List<String> all = new ArrayList<>(missing);
        all.addAll(declined);
        return Line.yellow(item, "Permissions " + String.join("; ", parts) + ".",
                "Reconnect and grant " + String.join(", ", all) + " when Facebook asks.", Action.RECONNECT);
    }

    /** When the token expires, from debug_token ({@code expires_at} in seconds; 0 means never), or null. */
    static Instant expiresAt(GraphAnswer debugToken) {
        if (debugToken == null || !debugToken.ok()) {
            return null;
        }
        long at = debugToken.json().path("data").path("expires_at").asLong(0);
        return at <= 0 ? null : Instant.ofEpochSecond(at);
    }
}
