package io.switchboard.platform;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A contact point's request for one platform: its status and the details sent with it. */
@Entity
@Table(name = "platform_request")
@IdClass(PlatformRequest.Key.class)
public class PlatformRequest extends PanacheEntityBase {
    @Id
    @Column(name = "tenant_id")
    public String tenantId;
    @Id
    @Column(name = "contact_point_id")
    public String contactPointId;
    @Id
    @Enumerated(EnumType.STRING)
    public Platform platform;
    @Enumerated(EnumType.STRING)
    public PlatformStatus status;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> details;
    @Column(name = "whatsapp_number")
    public String whatsappNumber;
    @Version
    public long version;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;

    public static PlatformRequest findByPlatform(String tenantId, String contactPointId, Platform platform) {
        Key key = new Key();
        key.tenantId = tenantId;
        key.contactPointId = contactPointId;
        key.platform = platform;
        return findById(key);
    }

    public static java.util.List<PlatformRequest> listByContactPoint(String tenantId, String contactPointId) {
        return list("tenantId = ?1 and contactPointId = ?2", tenantId, contactPointId);
    }

    /** The request of another contact point of the tenant holding this WhatsApp number, if any. */
    public static PlatformRequest findHolderOfNumber(String tenantId, String number, String exceptContactPointId) {
        return find("tenantId = ?1 and whatsappNumber = ?2 and contactPointId <> ?3", tenantId, number,
                exceptContactPointId).firstResult();
    }

    public static class Key implements java.io.Serializable {
        public String tenantId;
        public String contactPointId;
        public Platform platform;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(tenantId, k.tenantId)
                    && Objects.equals(contactPointId, k.contactPointId) && platform == k.platform;
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, contactPointId, platform);
        }
    }
}
