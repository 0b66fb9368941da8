package io.switchboard.tenant;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Creates a tenant with its defaults the first time one of its users arrives. */
@ApplicationScoped
public class Tenants {
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    @Inject
    EntityManager em;
    @Inject
    TenantConfig config;
    @Inject
    Event<TenantCreated> created;

    public void ensureExists(String tenantId) {
        if (known.contains(tenantId)) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            int inserted = em.createNativeQuery("""
                    INSERT INTO tenant (tenant_id, name, time_zone, default_region)
                    VALUES (:id, :name, :zone, :region) ON CONFLICT (tenant_id) DO NOTHING""")
                    .setParameter("id", tenantId)
                    .setParameter("name", tenantId.equals(config.defaultId()) ? config.defaultName() : tenantId)
                    .setParameter("zone", config.defaultTimeZone())
                    .setParameter("region", config.defaultRegion())
                    .executeUpdate();
            if (inserted == 1) {
                created.fire(new TenantCreated(tenantId));
            }
        });
        known.add(tenantId);
    }

    public Tenant get(String tenantId) {
        return Tenant.findById(tenantId);
    }
}
