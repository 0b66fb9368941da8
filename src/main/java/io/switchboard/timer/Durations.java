package io.switchboard.timer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people write them: {@code 90s}, {@code 5m}, {@code 1h 30m}, {@code 2d}, {@code 1 hour}. */
public final class Durations {
    private static final Pattern PART = Pattern.compile(
            "(\\d{1,9})\\s*(days?|d|hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s)", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");

    private Durations() {
    }

    /** The number of seconds, or null when the text is not a duration. */
    public static Long parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip().replace(",", " ");
        if (NUMBER.matcher(s).matches()) {
            return Long.parseLong(s); // a bare number is seconds, as in the JSON API
        }
        Matcher m = PART.matcher(s);
        long total = 0;
        int end = 0;
        while (m.find()) {
            if (!s.substring(end, m.start()).isBlank()) {
                return null;
            }
            long n = Long.parseLong(m.group(1));
            total += n * unitSeconds(m.group(2).toLowerCase().charAt(0));
            end = m.end();
        }
        if (end == 0 || !s.substring(end).isBlank()) {
            return null;
        }
        return total;
    }

    private static long unitSeconds(char unit) {
        return switch (unit) {
            case 'd' -> 86_400;
            case 'h' -> 3_600;
            case 'm' -> 60;
            default -> 1;
        };
    }

    /** The shortest exact form: 90 → "1m 30s", 5400 → "1h 30m", 86400 → "1d". */
    public static String format(long seconds) {
        if (seconds <= 0) {
            return "0s";
        }
        StringBuilder out = new StringBuilder();
        long rest = seconds;
        long[] sizes = { 86_400, 3_600, 60, 1 };
        String[] units = { "d", "h", "m", "s" };
        for (int i = 0; i < sizes.length; i++) {
            long n = rest / sizes[i];
            if (n > 0) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(n).append(units[i]);
                rest -= n * sizes[i];
            }
        }
        return out.toString();
    }
}
