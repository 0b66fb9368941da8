package io.switchboard.platform.twitter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.switchboard.common.Times;

/**
 * The connection checklist (DESIGN §3.7) from X's two answers: the account ({@code account/verify_credentials})
 * and whether anyone may send it direct messages ({@code account/settings}, {@code allow_dms_from = all}). Each
 * item is green, or yellow with the reason and the fix. Plain Java: no HTTP, no database.
 */
public final class TwitterChecklist {
    public static final String ACCOUNT = "account";
    public static final String DMS = "dmsFromAnyone";
    public static final String DM_FIX = "On X: Settings → Privacy and safety → Direct messages → Allow message requests "
            + "from everyone. Then click Check again.";
    static final String RECONNECT_FIX = "Reconnect with the account's current Access Token and Secret (X developer "
            + "portal → your app → Keys and tokens → Access Token and Secret → Regenerate).";
    private static final ObjectMapper JSON = new ObjectMapper();

    public enum Status {
        GREEN, YELLOW
    }

    /** One line of the checklist; {@code fix} is null when green. */
    public record Item(String item, Status status, String message, String fix) {
        public boolean green() {
            return status == Status.GREEN;
        }

        public String title() {
            return ACCOUNT.equals(item) ? "Account" : DMS.equals(item) ? "Direct messages from anyone" : item;
        }
    }

    /** The account as X describes it. */
    public record Account(String id, String screenName, String name) {
    }

    /**
     * {@code account}: null when X did not answer with one; {@code dmsFromAnyone}: null when unknown;
     * {@code tokenRefused}: X said the token is invalid or revoked (401).
     */
    public record Result(Account account, Boolean dmsFromAnyone, List<Item> items, boolean tokenRefused) {
        public boolean allGreen() {
            return items.stream().allMatch(Item::green);
        }
    }

    private TwitterChecklist() {
    }

    public static Result evaluate(XAnswer verify, XAnswer settings) {
        List<Item> items = new ArrayList<>();
        Account account = null;
        boolean refused = verify.status() == 401;
        JsonNode v = verify.ok() ? parse(verify.body()) : null;
        if (!verify.ok()) {
            items.add(failure(ACCOUNT, verify, "the account"));
        } else if (v == null || !v.hasNonNull("id_str") && !v.hasNonNull("id")) {
            items.add(new Item(ACCOUNT, Status.YELLOW, "X answered the account check with something that is not the "
                    + "expected account JSON.", "Check again in a few minutes."));
        } else {
            account = new Account(v.hasNonNull("id_str") ? v.get("id_str").asText() : v.get("id").asText(),
                    v.path("screen_name").asText(""), v.path("name").asText(""));
            items.add(new Item(ACCOUNT, Status.GREEN, "Connected as @" + account.screenName() + " (" + account.name()
                    + ", account id " + account.id() + ").", null));
        }
        Boolean dms = null;
        if (refused && settings.status() == 401) {
            items.add(new Item(DMS, Status.YELLOW, "Not checked: X refused the account's token.", "Reconnect first."));
        } else if (!settings.ok()) {
            items.add(failure(DMS, settings, "who may send direct messages"));
        } else {
            JsonNode s = parse(settings.body());
            if (s == null || !s.hasNonNull("allow_dms_from")) {
                items.add(new Item(DMS, Status.YELLOW, "X's account settings did not say who may send direct messages "
                        + "(no allow_dms_from).", "Check again in a few minutes; if it persists, check on X: " + DM_FIX));
            } else {
                String from = s.get("allow_dms_from").asText();
                dms = "all".equals(from);
                items.add(dms ? new Item(DMS, Status.GREEN, "Anyone can send this account a direct message "
                        + "(allow_dms_from: all).", null)
                        : new Item(DMS, Status.YELLOW, "WARNING: only " + who(from) + " can send this account a direct "
                                + "message (allow_dms_from: " + from + "), so customers cannot start a conversation.",
                                DM_FIX));
            }
        }
        return new Result(account, dms, List.copyOf(items), refused);
    }

    /** Why an answer that is not a 2xx makes the item yellow, and what to do. */
    static Item failure(String item, XAnswer a, String what) {
        return switch (a.status()) {
            case 0 -> new Item(item, Status.YELLOW, "X could not be reached to check " + what + ": " + a.body() + ".",
                    "Check again in a few minutes; if it persists, check that this server can reach X's API.");
            case 401 -> new Item(item, Status.YELLOW, "Token invalid or revoked: Reconnect. X refused the access token "
                    + "(401).", RECONNECT_FIX);
            case 403 -> new Item(item, Status.YELLOW, "X refused to show " + what + " (403): the app may lack the "
                    + "access it needs, or the account is locked or suspended.",
                    "In the X developer portal give the app \"Read and write and Direct message\" permission, then "
                            + "regenerate the Access Token and Secret and Reconnect.");
            case 429 -> {
                Instant reset = reset(a.rateLimitReset());
                yield new Item(item, Status.YELLOW, "X rate-limited the check of " + what + " (429)"
                        + (reset == null ? "." : "; the limit resets at " + Times.format(reset) + "."),
                        reset == null ? "Check again in 15 minutes." : "Check again after " + Times.format(reset) + ".");
            }
            default -> new Item(item, Status.YELLOW, "X answered " + a.status() + " to the check of " + what
                    + (a.status() >= 500 ? " (a problem on X's side)." : "."), "Check again in a few minutes.");
        };
    }

    private static String who(String allowDmsFrom) {
        return switch (allowDmsFrom) {
            case "following" -> "people this account follows";
            case "verified" -> "verified accounts";
            default -> "some accounts";
        };
    }

    private static Instant reset(String epochSeconds) {
        try {
            return epochSeconds == null ? null : Instant.ofEpochSecond(Long.parseLong(epochSeconds.strip()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode n = body == null ? null : JSON.readTree(body);
            return n != null && n.isObject() ? n : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
