package io.switchboard.common;

import java.time.Instant;

/** A form or request based on an older version of a settings aggregate than the stored one. */
public class StaleUpdate extends RuntimeException {
    public final String changedBy;
    public final Instant changedAt;

    public StaleUpdate(String what, String changedBy, Instant changedAt) {
        super(what + " was changed by " + changedBy + " at " + Times.format(changedAt)
                + " after you loaded it. Reload to see the current values; nothing was saved.");
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }
}
