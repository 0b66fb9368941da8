package io.switchboard.security;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Provisions a user row on first login (from sub, preferred_username, email, name). */
@ApplicationScoped
public class Users {
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    @Inject
    EntityManager em;

    /** Whether this instance has already provisioned the user (no query). */
    public boolean isKnown(String tenantId, String subject) {
        return known.contains(tenantId + '\n' + subject);
    }

    public void ensureProvisioned(String tenantId, String subject, String username, String email, String name) {
        String key = tenantId + '\n' + subject;
        if (known.contains(key)) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                INSERT INTO app_user (tenant_id, subject, username, email, display_name)
                VALUES (:tenant, :subject, :username, :email, :name)
                ON CONFLICT (tenant_id, subject) DO UPDATE
                SET username = excluded.username, email = excluded.email,
                    display_name = excluded.display_name, last_seen_at = now()""")
                .setParameter("tenant", tenantId)
                .setParameter("subject", subject)
                .setParameter("username", username)
                .setParameter("email", email)
                .setParameter("name", name)
                .executeUpdate());
        known.add(key);
    }
}
