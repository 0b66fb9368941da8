package io.switchboard.platform.facebook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the address of a Facebook page as an admin pastes it and names the Graph node to look up: the page's
 * username ({@code facebook.com/AcmeSupport}) or its numeric id ({@code profile.php?id=…}, {@code pages/Name/123…}).
 * Anything else (groups, posts, other sites) is refused with a sentence saying what was expected.
 */
public final class FacebookPageUrl {
    /** The node to ask Graph for, or the reason the address was refused. */
    public record Parsed(String node, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    static final String EXAMPLE = "e.g. https://www.facebook.com/AcmeSupport";
    private static final Set<String> HOSTS = Set.of("facebook.com", "www.facebook.com", "m.facebook.com",
            "web.facebook.com", "mobile.facebook.com", "business.facebook.com");
    /** Facebook usernames: letters, digits and periods, at least 5 characters; all digits is a page id. */
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9.]{5,50}");
    private static final Pattern ID = Pattern.compile("[0-9]{5,25}");
    /** First path segments that are Facebook features, not pages. */
    private static final Set<String> NOT_PAGES = Set.of("groups", "events", "watch", "login", "login.php", "home.php",
            "share", "sharer", "sharer.php", "people", "marketplace", "gaming", "story.php", "permalink.php",
            "photo.php", "photos", "dialog", "help", "settings", "messages", "notifications", "search", "hashtag",
            "reel", "stories", "friends", "bookmarks", "business", "ads", "policies", "privacy");

    private FacebookPageUrl() {
    }

    public static Parsed parse(String input) {
        if (input == null || input.isBlank()) {
            return refuse("Paste the address of the Facebook page, " + EXAMPLE + ".");
        }
        String text = input.strip();
        if (text.chars().anyMatch(Character::isWhitespace)) {
            return refuse("An address has no spaces; paste the page's address, " + EXAMPLE + ".");
        }
        if (!text.contains("://")) {
            if (text.matches("(?i)^[a-z][a-z0-9+.-]*:.*") && !text.toLowerCase(Locale.ROOT).contains("facebook.com")) {
                return refuse("A Facebook page address starts with https://, " + EXAMPLE + ".");
            }
            text = "https://" + text;
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return refuse("That is not a web address; paste the page's address, " + EXAMPLE + ".");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return refuse("A Facebook page address starts with https://, " + EXAMPLE + ".");
        }
        if (!HOSTS.contains(host) || uri.getUserInfo() != null || uri.getPort() != -1) {
            return refuse("Not a facebook.com address; paste the page's address, " + EXAMPLE + ".");
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String[] segments = path.replaceAll("^/+|/+$", "").split("/+");
        if (segments.length == 1 && segments[0].isEmpty()) {
            return refuse("That is Facebook's home page; paste the address of your page, " + EXAMPLE + ".");
        }
        String first = segments[0];
        if (first.equals("profile.php")) {
            String id = queryParam(uri.getRawQuery(), "id");
            return segments.length == 1 && id != null && ID.matcher(id).matches() ? new Parsed(id, null)
                    : refuse("A profile.php address needs the page's numeric id, e.g. "
                            + "https://www.facebook.com/profile.php?id=100012345678901.");
        }
        if (first.equals("pages")) {
            return segments.length == 3 && ID.matcher(segments[2]).matches() ? new Parsed(segments[2], null)
                    : refuse("A /pages/ address ends with the page's numeric id, e.g. "
                            + "https://www.facebook.com/pages/Acme-Support/123456789012345.");
        }
        if (NOT_PAGES.contains(first.toLowerCase(Locale.ROOT))) {
            return refuse("That is a Facebook " + first.replace(".php", "") + " address, not a page; " + EXAMPLE + ".");
        }
        if (segments.length > 1) {
            return refuse("That points inside a page (a post, photo or tab); paste the page's own address, "
                    + EXAMPLE + ".");
        }
        if (!USERNAME.matcher(first).matches()) {
            return refuse("“" + first + "” is not a Facebook page name (letters, digits and periods, at least 5); "
                    + EXAMPLE + ".");
        }
        return new Parsed(first, null);
    }

    private static String queryParam(String rawQuery, String name) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return pair.substring(eq + 1);
            }
        }
        return null;
    }

    private static Parsed refuse(String message) {
        return new Parsed(null, message);
    }
}
