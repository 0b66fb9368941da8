package io.switchboard.stoplist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CopyTextRowsTest {

    @Test
    void splitsPlainFields() {
        String[] f = new String[3];
        CopyTextRows.split("a\tb c\t+1415", f);
        assertThat(f).containsExactly("a", "b c", "+1415");
    }

    @Test
    void unescapesTabsNewLinesBackslashesAndNull() {
        String[] f = new String[4];
        CopyTextRows.split("Sales\\tWest\tline\\nbreak\tback\\\\slash\t\\N", f);
        assertThat(f).containsExactly("Sales\tWest", "line\nbreak", "back\\slash", null);
    }

    @Test
    void anEscapedTabDoesNotSplit() {
        String[] f = new String[2];
        CopyTextRows.split("x\\ty\tz", f);
        assertThat(f).containsExactly("x\ty", "z");
    }

    @Test
    void emptyFieldsAndWrongCounts() {
        String[] f = new String[3];
        CopyTextRows.split("\t\t", f);
        assertThat(f).containsExactly("", "", "");
        assertThatThrownBy(() -> CopyTextRows.split("a\tb", new String[3])).isInstanceOf(IllegalStateException.class);
    }
}
