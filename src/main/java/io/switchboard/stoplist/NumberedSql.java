package io.switchboard.stoplist;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQL with numbered parameters ({@code $1}, {@code $2}, each usable several times) for plain JDBC, which only
 * knows {@code ?} in order of appearance.
 */
final class NumberedSql {
    private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+)");

    private final String sql;
    private final int[] order;

    NumberedSql(String numbered) {
        Matcher m = PARAMETER.matcher(numbered);
        StringBuilder out = new StringBuilder();
        List<Integer> seen = new ArrayList<>();
        while (m.find()) {
            seen.add(Integer.parseInt(m.group(1)));
            m.appendReplacement(out, "?");
        }
        m.appendTail(out);
        this.sql = out.toString();
        this.order = seen.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A statement with {@code values[n - 1]} bound wherever {@code $n} stood. */
    PreparedStatement prepare(Connection c, Object... values) throws SQLException {
        PreparedStatement st = c.prepareStatement(sql);
        try {
            for (int i = 0; i < order.length; i++) {
                st.setObject(i + 1, values[order[i] - 1]);
            }
            return st;
        } catch (SQLException | RuntimeException e) {
            st.close();
            throw e;
        }
    }

    String sql() {
        return sql;
    }
}
