package io.switchboard.contactpoint;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "contact_point")
@IdClass(ContactPoint.Key.class)
public class ContactPoint extends PanacheEntityBase {
    @Id
    @Column(name = "tenant_id")
    public String tenantId;
    @Id
    public String id;
    public String label;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
    @Version
    public long version;

    /** By primary key, so the pages and services that each check a contact point share one lookup per request. */
    public static ContactPoint findByTenantAndId(String tenantId, String id) {
        Key key = new Key();
        key.tenantId = tenantId;
        key.id = id;
        return findById(key);
    }

    public static List<ContactPoint> listByTenant(String tenantId) {
        return list("tenantId", Sort.ascending("id"), tenantId);
    }

    public static long countByTenant(String tenantId) {
        return count("tenantId", tenantId);
    }

    public static class Key implements java.io.Serializable {
        public String tenantId;
        public String id;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(tenantId, k.tenantId) && Objects.equals(id, k.id);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, id);
        }
    }
}
