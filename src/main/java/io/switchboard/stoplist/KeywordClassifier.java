package io.switchboard.stoplist;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides what an inbound SMS does (DESIGN §3.5). Only a message that is nothing but a keyword acts;
 * a message that reads like an opt-out request goes to the review queue, never straight to the list.
 */
public final class KeywordClassifier {
    /** White space including no-break and zero-width spaces and the byte-order mark. */
    private static final Pattern EDGE_SPACE = Pattern.compile("^[\\s\\p{Z}\\u200B-\\u200D\\u2060\\uFEFF]+|[\\s\\p{Z}\\u200B-\\u200D\\u2060\\uFEFF]+$");
    /** Trailing punctuation, symbols (emoji) and spaces: "STOP!!", "stop. 🙏". */
    private static final Pattern TRAILING = Pattern.compile("[\\p{P}\\p{S}\\s\\p{Z}\\u200B-\\u200D\\u2060\\uFEFF\\uFE0F]+$");
    private static final Pattern OPT_OUT_PHRASES = Pattern.compile(String.join("|",
            "\\b(stop|quit|cease|no more)\\s+(text|texting|texts|messag\\w*|sending|send(ing)? me|contact\\w*|spamming|spam|sms|calling)",
            "\\b(remove|delete|take)\\s+(me|my (number|phone|cell))\\s+(from|off)\\b",
            "\\b(remove|delete)\\s+(me|my (number|phone|cell))\\b",
            "\\b(do\\s*n[o']?t|dont|never|stop)\\s+(text|message|contact|sms|email|call)\\w*\\s+me\\b",
            "\\bno\\s+more\\s+(texts|messages|sms)\\b",
            "\\bopt\\s*-?\\s*(me\\s+)?out\\b",
            "\\bunsubscribe\\b",
            "\\bstopall\\b",
            "\\bleave\\s+me\\s+alone\\b",
            "\\bwrong\\s+number\\b"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int SHORT_MESSAGE_WORDS = 5;
    /** Keywords that are everyday words too ("when does it end?"): they count only in a message of two words. */
    private static final java.util.Set<String> EVERYDAY_WORDS = java.util.Set.of("END", "CANCEL", "QUIT", "YES", "INFO");
    private static final int EVERYDAY_MESSAGE_WORDS = 2;

    private KeywordClassifier() {
    }

    public static InboundAction classify(String text, KeywordLists lists) {
        if (text == null) {
            return InboundAction.NONE;
        }
        String compatible = Normalizer.normalize(text, Normalizer.Form.NFKC);
        String normal = trimmedUpperCase(compatible);
        if (normal.isEmpty()) {
            return InboundAction.NONE;
        }
        if (lists.optOut().contains(normal)) {
            return InboundAction.OPT_OUT;
        }
        if (lists.optIn().contains(normal)) {
            return InboundAction.OPT_IN;
        }
        if (lists.help().contains(normal)) {
            return InboundAction.HELP;
        }
        return looksLikeOptOut(compatible, lists) ? InboundAction.REVIEW : InboundAction.NONE;
    }

    /** NFKC (full-width letters count), upper case, edges trimmed, trailing punctuation and emoji dropped. */
    static String normalise(String text) {
        return text == null ? "" : trimmedUpperCase(Normalizer.normalize(text, Normalizer.Form.NFKC));
    }

    private static String trimmedUpperCase(String s) {
        s = EDGE_SPACE.matcher(s).replaceAll("");
        s = TRAILING.matcher(s).replaceAll("");
        return s.toUpperCase(Locale.ROOT);
    }

    /**
     * Phrases like "please stop texting me"; or a short message with an opt-out keyword as a word ("STOP please").
     * {@code s} is already NFKC-normalised.
     */
    private static boolean looksLikeOptOut(String s, KeywordLists lists) {
        if (OPT_OUT_PHRASES.matcher(s).find()) {
            return true;
        }
        String[] words = WORDS.split(s.strip());
        int count = 0;
        boolean strong = false;
        boolean everyday = false;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            count++;
            String upper = w.toUpperCase(Locale.ROOT);
            if (lists.optOut().contains(upper)) {
                if (EVERYDAY_WORDS.contains(upper)) {
                    everyday = true;
                } else {
                    strong = true;
                }
            }
        }
        return (strong && count <= SHORT_MESSAGE_WORDS) || (everyday && count <= EVERYDAY_MESSAGE_WORDS);
    }
}
