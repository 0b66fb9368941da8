package io.switchboard.platform.facebook;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.switchboard.platform.ContactPointKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A contact point's Facebook page. Tokens are sealed ({@code security/Secrets}). {@code version} moves on with each
 * connect, reconnect or disconnect only: a check or a subscription does not make an open form stale.
 */
@Entity
@Table(name = "facebook_connection")
@IdClass(ContactPointKey.class)
public class FacebookConnection extends PanacheEntityBase {
    @Id
    @Column(name = "tenant_id")
    public String tenantId;
    @Id
    @Column(name = "contact_point_id")
    public String contactPointId;
    @Column(name = "page_id")
    public String pageId;
    @Column(name = "page_name")
    public String pageName;
    @Column(name = "user_id")
    public String userId;
    @Column(name = "user_name")
    public String userName;
    @Column(name = "user_token")
    public String userToken;
    @Column(name = "token_expires_at")
    public Instant tokenExpiresAt;
    @Column(name = "page_token")
    public String pageToken;
    /** Each item as {item, status, message, fix, action}. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Map<String, String>> checklist;
    @Column(name = "checked_at")
    public Instant checkedAt;
    @Column(name = "connected_at")
    public Instant connectedAt;
    @Column(name = "connected_by")
    public String connectedBy;
    public long version;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;

    public static FacebookConnection findByContactPoint(String tenantId, String contactPointId) {
        return find("tenantId = ?1 and contactPointId = ?2", tenantId, contactPointId).firstResult();
    }

    /** The connection of a page in any tenant: a page may be connected once in the whole installation. */
    static FacebookConnection findByPageInAnyTenant(String pageId) {
        return find("pageId", pageId).firstResult();
    }
}
