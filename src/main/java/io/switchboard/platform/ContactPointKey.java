package io.switchboard.platform;

import java.util.Objects;

/** The key of a row that a contact point has at most one of (a platform connection): tenant, then contact point. */
public class ContactPointKey implements java.io.Serializable {
    public String tenantId;
    public String contactPointId;

    public ContactPointKey() {
    }

    public ContactPointKey(String tenantId, String contactPointId) {
        this.tenantId = tenantId;
        this.contactPointId = contactPointId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContactPointKey k && Objects.equals(tenantId, k.tenantId)
                && Objects.equals(contactPointId, k.contactPointId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenantId, contactPointId);
    }
}
