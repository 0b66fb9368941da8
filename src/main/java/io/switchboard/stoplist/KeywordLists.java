package io.switchboard.stoplist;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A tenant's SMS keywords: upper-case single words, each in at most one list. */
public record KeywordLists(List<String> optOut, List<String> optIn, List<String> help) {
    private static final Pattern KEYWORD = Pattern.compile("^[A-Z0-9]{2,20}$");
    private static final Pattern SEPARATORS = Pattern.compile("[,;\\s]+");
    static final int MAX_PER_LIST = 30;

    public KeywordLists {
        optOut = List.copyOf(optOut);
        optIn = List.copyOf(optIn);
        help = List.copyOf(help);
    }

    public static KeywordLists defaults() {
        return new KeywordLists(List.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT"),
                List.of("START", "YES", "UNSTOP"), List.of("HELP", "INFO"));
    }

    /** Splits what a user typed on commas, semicolons and white space; upper case, no blanks, no duplicates. */
    public static List<String> parseWords(String typed) {
        if (typed == null) {
            return List.of();
        }
        LinkedHashSet<String> words = new LinkedHashSet<>();
        for (String w : SEPARATORS.split(typed.strip())) {
            if (!w.isEmpty()) {
                words.add(w.toUpperCase(Locale.ROOT));
            }
        }
        return List.copyOf(words);
    }

    /** Human-readable problems with the lists; empty when they can be saved. */
    public static List<String> problems(KeywordLists lists) {
        List<String> problems = new ArrayList<>();
        check("opt-out", lists.optOut(), true, problems);
        check("opt-in", lists.optIn(), true, problems);
        check("help", lists.help(), false, problems);
        twice(lists.optOut(), "opt-out", lists.optIn(), "opt-in", problems);
        twice(lists.optOut(), "opt-out", lists.help(), "help", problems);
        twice(lists.optIn(), "opt-in", lists.help(), "help", problems);
        return problems;
    }

    private static void check(String name, List<String> words, boolean required, List<String> problems) {
        if (required && words.isEmpty()) {
            problems.add("The " + name + " list needs at least one keyword.");
        }
        if (words.size() > MAX_PER_LIST) {
            problems.add("The " + name + " list has " + words.size() + " keywords; at most " + MAX_PER_LIST + ".");
        }
        for (String w : words) {
            if (w == null || !KEYWORD.matcher(w.toUpperCase(Locale.ROOT)).matches()) {
                problems.add("“" + w + "” (" + name + ") is not a keyword: use one word of 2 to 20 letters or digits.");
            }
        }
    }

    private static void twice(List<String> a, String aName, List<String> b, String bName, List<String> problems) {
        for (String w : a) {
            if (w != null && b.stream().anyMatch(w::equalsIgnoreCase)) {
                problems.add("“" + w + "” is in both the " + aName + " and the " + bName + " list.");
            }
        }
    }
}
