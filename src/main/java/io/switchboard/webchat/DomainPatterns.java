package io.switchboard.webchat;

import java.net.IDN;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whitelisted domains of a web chat (DESIGN §3.6): {@code example.com} matches that host only; {@code *.example.com}
 * matches one or more labels in front of it, never the bare domain. Case-insensitive and IDN-normalised; ports, paths
 * and schemes are ignored in what is checked and refused in a pattern. Never a substring match:
 * {@code example.com.evil.io} is not {@code example.com}. Plain Java, no framework.
 */
public final class DomainPatterns {
    private static final Pattern LABEL = Pattern.compile("^(?!-)[a-z0-9-]{1,63}(?<!-)$");

    private DomainPatterns() {
    }

    /** A pattern as stored ({@code ascii}), or why it is refused ({@code error}). */
    public record Parsed(String ascii, String error) {
        public boolean valid() {
            return error == null;
        }
    }

    /** Whether a page may embed the chat, and why. */
    public record Verdict(boolean allowed, String reason) {
    }

    public static Parsed parse(String raw) {
        String p = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (p.isEmpty()) {
            return new Parsed(null, "Enter a domain such as example.com or *.example.com.");
        }
        if (p.contains("://") || p.contains("/") || p.contains(":") || p.contains("?") || p.contains("#")) {
            return new Parsed(null, "“" + raw.strip() + "”: a domain only, without scheme, port or path (e.g. shop.example.com).");
        }
        boolean wildcard = p.startsWith("*.");
        String host = wildcard ? p.substring(2) : p;
        if (host.contains("*")) {
            return new Parsed(null, "“" + raw.strip() + "”: * may only stand as the leftmost whole label, as in *.example.com.");
        }
        String ascii = ascii(host);
        if (ascii == null || !ascii.contains(".")) {
            return new Parsed(null, "“" + raw.strip() + "” is not a domain name with a dot, such as example.com.");
        }
        return new Parsed(wildcard ? "*." + ascii : ascii, null);
    }

    /** Parses every pattern; the errors name each bad one. */
    public static List<String> errors(List<String> patterns) {
        List<String> errors = new ArrayList<>();
        for (String p : patterns) {
            Parsed parsed = parse(p);
            if (!parsed.valid()) {
                errors.add(parsed.error());
            }
        }
        return errors;
    }

    /**
     * Whether a site may use the chat: {@code origin} is an Origin header or a Referer URL (or null). A blank list
     * allows every site; with a list, a request naming no site is refused.
     */
    public static Verdict check(List<String> patterns, String origin) {
        if (patterns.isEmpty()) {
            return new Verdict(true, "allowed: no whitelist is set, so every site may embed the chat");
        }
        String host = host(origin);
        if (host == null) {
            return new Verdict(false, "refused: the request names no site (no Origin or Referer) and a whitelist is set");
        }
        for (String raw : patterns) {
            Parsed p = parse(raw);
            if (p.valid() && matches(p.ascii(), host)) {
                return new Verdict(true, "allowed: " + host + " matches " + p.ascii());
            }
        }
        return new Verdict(false, "refused: " + host + " matches no whitelisted domain");
    }

    static boolean matches(String pattern, String host) {
        if (pattern.startsWith("*.")) {
            String base = pattern.substring(1); // ".example.com"
            return host.endsWith(base) && host.length() > base.length();
        }
        return host.equals(pattern);
    }

    /** The ASCII host of an origin or URL ("https://Shop.Example.com:8443/x" → "shop.example.com"), or null. */
    static String host(String originOrUrl) {
        if (originOrUrl == null || originOrUrl.isBlank() || originOrUrl.strip().equals("null")) {
            return null;
        }
        try {
            URI uri = new URI(originOrUrl.strip());
            String host = uri.getHost();
            if (host == null && uri.getRawAuthority() != null) {
                host = uri.getRawAuthority().replaceFirst("^.*@", "").replaceFirst(":\\d*$", "");
            }
            return host == null ? null : ascii(host.toLowerCase(Locale.ROOT));
        } catch (java.net.URISyntaxException e) {
            // an IDN host in a raw header is not a legal URI: take the authority by hand
            String s = originOrUrl.strip().replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "");
            s = s.replaceFirst("[/?#].*$", "").replaceFirst("^.*@", "").replaceFirst(":\\d*$", "");
            return s.isEmpty() ? null : ascii(s.toLowerCase(Locale.ROOT));
        }
    }

    private static String ascii(String host) {
        String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        try {
            String ascii = IDN.toASCII(h, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
            for (String label : ascii.split("\\.", -1)) {
                if (!LABEL.matcher(label).matches()) {
                    return null;
                }
            }
            return ascii;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
