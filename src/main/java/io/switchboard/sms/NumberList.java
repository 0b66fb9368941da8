package io.switchboard.sms;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/** A list of numbers typed or sent in one submission: the distinct E.164 numbers, or an error for each bad entry. */
public record NumberList(List<String> numbers, List<String> errors) {
    private static final Pattern LINES = Pattern.compile("[,;\\r\\n]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int MAX_TOKENS = 5;

    public NumberList {
        numbers = List.copyOf(numbers);
        errors = List.copyOf(errors);
    }

    public static NumberList empty() {
        return new NumberList(List.of(), List.of());
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /**
     * Numbers separated by commas, semicolons, new lines or spaces. A piece between commas that reads as one number
     * ("(415) 555-1234") is one entry; otherwise its space-separated parts are entries of their own.
     */
    public static NumberList parse(String typed, String defaultRegion, int max) {
        List<String> entries = new ArrayList<>();
        if (typed != null) {
            for (String piece : LINES.split(typed)) {
                String p = piece.strip();
                if (p.isEmpty()) {
                    continue;
                }
                if (!p.contains(" ") || PhoneNumbers.parse(p, defaultRegion).valid()) {
                    entries.add(p);
                } else {
                    entries.addAll(splitOnSpaces(SPACES.split(p), defaultRegion));
                }
            }
        }
        return of(entries, defaultRegion, max);
    }

    /**
     * Groups space-separated tokens into entries: the longest run (up to five tokens) that reads as a valid number,
     * else a token with the following ones that cannot stand alone, so "+1 555" is named as one bad entry.
     */
    private static List<String> splitOnSpaces(String[] tokens, String region) {
        List<String> entries = new ArrayList<>();
        int i = 0;
        while (i < tokens.length) {
            int end = -1;
            for (int j = Math.min(tokens.length, i + MAX_TOKENS) - 1; j >= i; j--) {
                if (PhoneNumbers.parse(join(tokens, i, j), region).valid()) {
                    end = j;
                    break;
                }
            }
            if (end < 0) {
                end = i;
                while (end + 1 < tokens.length && end + 1 < i + MAX_TOKENS && !tokens[end + 1].startsWith("+")
                        && !PhoneNumbers.parse(tokens[end + 1], region).valid()) {
                    end++;
                }
            }
            entries.add(join(tokens, i, end));
            i = end + 1;
        }
        return entries;
    }

    private static String join(String[] tokens, int from, int to) {
        return String.join(" ", java.util.Arrays.asList(tokens).subList(from, to + 1));
    }

    /** Entries as sent in a JSON array. */
    public static NumberList of(List<String> entries, String defaultRegion, int max) {
        List<String> errors = new ArrayList<>();
        LinkedHashSet<String> numbers = new LinkedHashSet<>();
        int count = 0;
        for (String entry : entries) {
            if (entry == null) {
                errors.add("An entry is empty (null).");
                continue;
            }
            if (entry.isBlank()) {
                continue;
            }
            count++;
            PhoneNumbers.Parsed parsed = PhoneNumbers.parse(entry, defaultRegion);
            if (parsed.valid()) {
                numbers.add(parsed.e164());
            } else {
                errors.add(parsed.error());
            }
        }
        if (count == 0 && errors.isEmpty()) {
            errors.add("Enter at least one phone number.");
        } else if (count > max) {
            errors.add(0, "At most " + max + " numbers per submission; you entered " + count + ".");
        }
        return new NumberList(new ArrayList<>(numbers), errors);
    }
}
