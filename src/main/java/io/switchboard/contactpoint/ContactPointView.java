package io.switchboard.contactpoint;

import java.time.Instant;

/** What pages, the API and the audit log see of a contact point. */
public record ContactPointView(String id, String label, long version, Instant updatedAt, String updatedBy) {
    static ContactPointView of(ContactPoint cp) {
        return new ContactPointView(cp.id, cp.label, cp.version, cp.updatedAt, cp.updatedBy);
    }

    /** The part that is recorded in the audit log. */
    public java.util.Map<String, Object> audited() {
        return java.util.Map.of("id", id, "label", label);
    }
}
