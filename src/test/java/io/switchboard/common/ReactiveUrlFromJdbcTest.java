package io.switchboard.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ReactiveUrlFromJdbcTest {
    @Test
    void followsThePostgresJdbcUrlWithItsParameters() {
        assertEquals("postgresql://db:5432/switchboard?sslmode=require",
                ReactiveUrlFromJdbc.derive("jdbc:postgresql://db:5432/switchboard?sslmode=require", null));
        assertEquals("postgresql://localhost/x", ReactiveUrlFromJdbc.derive("jdbc:postgresql://localhost/x", " "));
    }

    @Test
    void keepsOnlyTheParametersBothDriversReadAlike() {
        assertEquals("postgresql://db/x?sslmode=verify-full&application_name=sb",
                ReactiveUrlFromJdbc.derive("jdbc:postgresql://db/x?sslmode=verify-full&prepareThreshold=0&application_name=sb", null));
        assertEquals("postgresql://db/x", ReactiveUrlFromJdbc.derive("jdbc:postgresql://db/x?ssl=true&loginTimeout=5", null));
    }

    @Test
    void anExplicitReactiveUrlWins() {
        assertNull(ReactiveUrlFromJdbc.derive("jdbc:postgresql://db/a", "postgresql://replica/a"));
    }

    @Test
    void otherOrMissingUrlsAreLeftAlone() {
        assertNull(ReactiveUrlFromJdbc.derive(null, null));
        assertNull(ReactiveUrlFromJdbc.derive("jdbc:mysql://db/a", null));
        assertNull(ReactiveUrlFromJdbc.derive("postgresql://db/a", null));
    }
}
