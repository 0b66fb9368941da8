package io.switchboard.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Plain-JDBC statements for the hot paths that keep clear of the ORM. */
public final class Jdbc {
    private Jdbc() {
    }

    /** Runs an insert, update or delete with its parameters in order; answers the rows changed. */
    public static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                st.setObject(i + 1, parameters[i]);
            }
            return st.executeUpdate();
        }
    }
}
