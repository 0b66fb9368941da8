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
    @Column(name = "created_at")
    public Instant createdAt;
    @Version
    public long version;
}
