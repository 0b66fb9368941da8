package io.switchboard.sms;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

@Entity
@Table(name = "sms_number")
@IdClass(SmsNumber.Key.class)
public class SmsNumber extends PanacheEntityBase {
    @Id
    @Column(name = "tenant_id")
    public String tenantId;
    @Id
    public String number;
    @Column(name = "contact_point_id")
    public String contactPointId;
    @Enumerated(EnumType.STRING)
    public SmsNumberType type;
    @Column(name = "divert_to")
    public String divertTo;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;

    /** By primary key: no query to parse and no flush first, and served from the session when already loaded. */
    public static SmsNumber findByTenantAndNumber(String tenantId, String number) {
        Key key = new Key();
        key.tenantId = tenantId;
        key.number = number;
        return findById(key);
    }

    public static List<SmsNumber> listByContactPoint(String tenantId, String contactPointId) {
        return list("tenantId = ?1 and contactPointId = ?2", Sort.ascending("number"), tenantId, contactPointId);
    }

    public static class Key implements java.io.Serializable {
        public String tenantId;
        public String number;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(tenantId, k.tenantId) && Objects.equals(number, k.number);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, number);
        }
    }
}
