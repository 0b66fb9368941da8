package io.switchboard.stoplist;

import java.io.IOException;
import java.io.StringReader;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The phone numbers of a CSV file: its phone_number (or number) column, else its first column; with line numbers. */
final class CsvNumbers {
    private CsvNumbers() {
    }

    static List<Map.Entry<Long, String>> read(String csv) throws IOException {
        if (csv.startsWith("\uFEFF")) { // spreadsheet programs start UTF-8 files with a byte order mark
            csv = csv.substring(1);
        }
        List<Map.Entry<Long, String>> rows = new ArrayList<>();
        int column = 0;
        boolean first = true;
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).build()
                .parse(new StringReader(csv))) {
            if (first) {
                first = false;
                int named = header(r);
                if (named >= 0) {
                    column = named;
                    continue;
                }
            }
            if (r.size() > column && !r.get(column).isBlank()) {
                rows.add(new AbstractMap.SimpleImmutableEntry<>(r.getRecordNumber(), r.get(column)));
            }
        }
        return rows;
    }

    /** The index of the number column when the record is a header, else -1. */
    private static int header(CSVRecord r) {
        for (int i = 0; i < r.size(); i++) {
            String name = r.get(i).toLowerCase(Locale.ROOT);
            if (name.equals("phone_number") || name.equals("number") || name.equals("phone")) {
                return i;
            }
        }
        return -1;
    }
}
