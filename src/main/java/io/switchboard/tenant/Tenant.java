package io.switchboard.tenant;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

@Entity
public class Tenant extends PanacheEntityBase {
    @Id
    @Column(name = "tenant_id")
    public String tenantId;
    public String name;
    @Column(name = "time_zone")
    public String timeZone;
    @Column(name = "default_region")
    public String defaultRegion;
    /** Keywords separated by single spaces, upper case. */
    @Column(name = "opt_out_keywords")
    public String optOutKeywords;
    @Column(name = "opt_in_keywords")
    public String optInKeywords;
    @Column(name = "help_keywords")
    public String helpKeywords;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
    @Version
    public long version;
}
