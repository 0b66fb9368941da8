package io.switchboard.platform.twitter;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * OAuth 1.0a HMAC-SHA1 request signing as X documents it ("Authorizing a request", "Creating a signature"). Plain
 * Java: the maintained OAuth 1.0a libraries on Maven Central bring their own HTTP stack, and signing is 60 lines.
 */
public final class OAuth1Signer {
    /** Who signs: the app (consumer) and the user's access token. */
    public record Credentials(String consumerKey, String consumerSecret, String token, String tokenSecret) {
    }

    private OAuth1Signer() {
    }

    /**
     * The {@code Authorization: OAuth …} header for a request. {@code params}: the query and form parameters of the
     * request (not the URL's query string, which is ignored here).
     */
    public static String authorization(String method, String url, Map<String, String> params, Credentials c, String nonce,
            long timestamp) {
        Map<String, String> oauth = new TreeMap<>();
        oauth.put("oauth_consumer_key", c.consumerKey());
        oauth.put("oauth_nonce", nonce);
        oauth.put("oauth_signature_method", "HMAC-SHA1");
        oauth.put("oauth_timestamp", Long.toString(timestamp));
        oauth.put("oauth_token", c.token());
        oauth.put("oauth_version", "1.0");
        oauth.put("oauth_signature", signature(method, url, params, oauth, c.consumerSecret(), c.tokenSecret()));
        List<String> parts = new ArrayList<>();
        oauth.forEach((k, v) -> parts.add(encode(k) + "=\"" + encode(v) + "\""));
        return "OAuth " + String.join(", ", parts);
    }

    /** The base64 HMAC-SHA1 of the signature base string, keyed by the two secrets. */
    public static String signature(String method, String url, Map<String, String> params, Map<String, String> oauth,
            String consumerSecret, String tokenSecret) {
        Map<String, String> all = new TreeMap<>();
        params.forEach((k, v) -> all.put(encode(k), encode(v)));
        oauth.forEach((k, v) -> {
            if (!k.equals("oauth_signature")) {
                all.put(encode(k), encode(v));
            }
        });
        List<String> pairs = new ArrayList<>();
        all.forEach((k, v) -> pairs.add(k + "=" + v));
        String base = method.toUpperCase(Locale.ROOT) + "&" + encode(baseUrl(url)) + "&" + encode(String.join("&", pairs));
        String key = encode(consumerSecret) + "&" + encode(tokenSecret == null ? "" : tokenSecret);
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(base.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is not available", e);
        }
    }

    /** RFC 3986 percent-encoding: everything but {@code A-Z a-z 0-9 - . _ ~}. */
    public static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char ch = (char) (b & 0xff);
            if ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '.'
                    || ch == '_' || ch == '~') {
                out.append(ch);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    /** Scheme and host in lower case, the port only when not the scheme's default, no query or fragment. */
    static String baseUrl(String url) {
        URI u = URI.create(url);
        String scheme = u.getScheme().toLowerCase(Locale.ROOT);
        int port = u.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + u.getRawPath();
    }
}
