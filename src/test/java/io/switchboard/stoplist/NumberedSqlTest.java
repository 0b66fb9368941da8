package io.switchboard.stoplist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberedSqlTest {
    @Test
    void eachNumberedParameterBecomesAPlaceholderInOrderOfAppearance() {
        NumberedSql sql = new NumberedSql("SELECT $2, $1 WHERE a = $1 AND b = $10");
        assertThat(sql.sql()).isEqualTo("SELECT ?, ? WHERE a = ? AND b = ?");
    }
}
