package io.switchboard.stoplist;

/** Reads one row of PostgreSQL's COPY text format: tab-separated fields with backslash escapes. */
final class CopyTextRows {
    private CopyTextRows() {
    }

    /** Splits {@code row} (without its newline) into {@code fields}; {@code \N} becomes null. */
    static void split(String row, String[] fields) {
        int field = 0;
        int start = 0;
        boolean escaped = false;
        for (int i = 0; i <= row.length(); i++) {
            char ch = i < row.length() ? row.charAt(i) : '\t';
            if (ch == '\\') {
                escaped = true;
                i++;
            } else if (ch == '\t') {
                String raw = row.substring(start, i);
                fields[field++] = escaped ? unescape(raw) : raw;
                start = i + 1;
                escaped = false;
            }
        }
        if (field != fields.length) {
            throw new IllegalStateException("COPY row has " + field + " fields, expected " + fields.length);
        }
    }

    private static String unescape(String raw) {
        if (raw.equals("\\N")) {
            return null;
        }
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            if (ch != '\\' || i + 1 == raw.length()) {
                sb.append(ch);
                continue;
            }
            char next = raw.charAt(++i);
            switch (next) {
                case 't' -> sb.append('\t');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'v' -> sb.append('\u000B');
                default -> sb.append(next);
            }
        }
        return sb.toString();
    }
}
