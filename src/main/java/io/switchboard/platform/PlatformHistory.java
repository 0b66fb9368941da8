package io.switchboard.platform;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One status change of a platform request; rows are only ever added. */
@Entity
@Table(name = "platform_request_history")
public class PlatformHistory extends PanacheEntityBase {
    /** The table keys on (tenant_id, id); the id alone is already unique. */
    @Column(name = "tenant_id")
    public String tenantId;
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "contact_point_id")
    public String contactPointId;
    @Enumerated(EnumType.STRING)
    public Platform platform;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public PlatformStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public PlatformStatus toStatus;
    public String actor;
    public Instant at;
    public String note;

    /** Every change of a contact point's platforms, newest first. */
    public static List<PlatformHistory> listByContactPoint(String tenantId, String contactPointId) {
        return list("tenantId = ?1 and contactPointId = ?2", Sort.descending("id"), tenantId, contactPointId);
    }
}
