package io.switchboard.platform.twitter;

import java.time.Instant;
import java.util.List;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.switchboard.platform.ContactPointKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** The X account connected to a contact point, its sealed tokens and the last checklist. */
@Entity
@Table(name = "twitter_connection")
@IdClass(ContactPointKey.class)
public class TwitterConnection extends PanacheEntityBase {
    @Id
    @Column(name = "tenant_id")
    public String tenantId;
    @Id
    @Column(name = "contact_point_id")
    public String contactPointId;
    @Column(name = "account_id")
    public String accountId;
    @Column(name = "screen_name")
    public String screenName;
    public String name;
    /** Sealed with {@code security/Secrets}; never rendered or answered. */
    @Column(name = "access_token")
    public String accessToken;
    @Column(name = "access_token_secret")
    public String accessTokenSecret;
    @Column(name = "dms_from_anyone")
    public Boolean dmsFromAnyone;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<TwitterChecklist.Item> checklist;
    @Column(name = "checked_at")
    public Instant checkedAt;
    /** Bumped by connect and reconnect (what an admin sets), not by a check. */
    public long version;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;

    public static TwitterConnection findByContactPoint(String tenantId, String contactPointId) {
        return findById(new ContactPointKey(tenantId, contactPointId));
    }

    /** Across tenants: an X account is connected to one contact point of one installation at most. */
    public static TwitterConnection findByAccount(String accountId) {
        return find("accountId", accountId).firstResult();
    }
}
