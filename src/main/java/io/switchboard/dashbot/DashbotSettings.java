package io.switchboard.dashbot;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.switchboard.audit.AuditLog;
import io.switchboard.common.FieldErrors;
import io.switchboard.common.StaleUpdate;
import io.switchboard.common.Times;
import io.switchboard.contactpoint.ContactPoints;
import io.switchboard.security.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * A tenant's Dashbot forwarding settings (DESIGN §3.8). Secrets are write-only: stored encrypted, shown only as
 * "set" or "not set"; a change that leaves a secret out keeps it, an empty one removes it.
 */
@ApplicationScoped
public class DashbotSettings {
    public static final String DEFAULT_TRACKER = "https://tracker.dashbot.io/track";
    static final String ENTITY = "dashbot_settings";
    /** The secrets, by the name the API and the form use. */
    public static final List<String> SECRETS = List.of("quiqApiKey", "quiqApiSecret", "dashbotApiKey", "hookToken");
    private static final Map<String, String> COLUMN = Map.of("quiqApiKey", "quiq_api_key", "quiqApiSecret",
            "quiq_api_secret", "dashbotApiKey", "dashbot_api_key", "hookToken", "hook_token");

    /** What anyone allowed to read the settings sees: never a secret, only whether each one is set. */
    public record View(boolean enabled, String quiqBaseUrl, String quiqAuth, String dashbotUrl,
            List<String> contactPoints, Map<String, Boolean> secretsSet, long version, Instant updatedAt,
            String updatedBy) {
        public boolean isSet(String secret) {
            return Boolean.TRUE.equals(secretsSet.get(secret));
        }
    }

    /**
     * A change. {@code secrets}: name → new value; a name left out keeps the stored secret, an empty value removes
     * it. {@code version}: the version the user saw, or null.
     */
    public record Change(Boolean enabled, String quiqBaseUrl, String quiqAuth, String dashbotUrl,
            List<String> contactPoints, Map<String, String> secrets, Long version) {
    }

    /** The settings with the secrets in clear, for the forwarder and the webhook only. */
    public record Unsealed(boolean enabled, String quiqBaseUrl, String quiqAuth, String quiqApiKey, String quiqApiSecret,
            String dashbotUrl, String dashbotApiKey, String hookToken, Set<String> contactPoints) {
    }

    @Inject
    EntityManager em;
    @Inject
    Secrets secrets;
    @Inject
    ContactPoints contactPoints;
    @Inject
    AuditLog audit;

    public View get(String tenantId) {
        Object[] r = row(tenantId);
        if (r == null) {
            Map<String, Boolean> none = new LinkedHashMap<>();
            SECRETS.forEach(s -> none.put(s, false));
            return new View(false, null, "BEARER", DEFAULT_TRACKER, List.of(), none, 0, null, null);
        }
        Map<String, Boolean> set = new LinkedHashMap<>();
        for (int i = 0; i < SECRETS.size(); i++) {
            set.put(SECRETS.get(i), r[4 + i] != null);
        }
        return new View((Boolean) r[0], (String) r[1], (String) r[2], (String) r[3], List.of((String[]) r[8]), set,
                ((Number) r[9]).longValue(), Times.instant(r[10]), (String) r[11]);
    }

    /** The settings with secrets decrypted; null when the tenant has none. */
    public Unsealed unseal(String tenantId) {
        Object[] r = row(tenantId);
        if (r == null) {
            return null;
        }
        return new Unsealed((Boolean) r[0], (String) r[1], (String) r[2], open(r[4]), open(r[5]), (String) r[3],
                open(r[6]), open(r[7]), new LinkedHashSet<>(List.of((String[]) r[8])));
    }

    @Transactional
    public View update(String tenantId, Change change, String actor) {
        View before = get(tenantId);
        if (change.version() != null && change.version() != before.version() && before.updatedAt() != null) {
            throw new StaleUpdate("The Dashbot settings", before.updatedBy(), before.updatedAt());
        }
        FieldErrors errors = FieldErrors.none();
        boolean enabled = change.enabled() != null ? change.enabled() : before.enabled();
        String quiqBaseUrl = blankToNull(change.quiqBaseUrl() != null ? change.quiqBaseUrl() : before.quiqBaseUrl());
        String quiqAuth = change.quiqAuth() != null ? change.quiqAuth().strip().toUpperCase(java.util.Locale.ROOT)
                : before.quiqAuth();
        String dashbotUrl = blankToNull(change.dashbotUrl() != null ? change.dashbotUrl() : before.dashbotUrl());
        if (dashbotUrl == null) {
            dashbotUrl = DEFAULT_TRACKER;
        }
        checkUrl("quiqBaseUrl", quiqBaseUrl, errors);
        checkUrl("dashbotUrl", dashbotUrl, errors);
        if (!quiqAuth.equals("BEARER") && !quiqAuth.equals("BASIC")) {
            errors.add("quiqAuth", "Choose BEARER (API key as a bearer token) or BASIC (key and secret).");
        }
        List<String> cps = new ArrayList<>();
        List<String> unknownCps = new ArrayList<>();
        for (String cp : change.contactPoints() != null ? change.contactPoints() : before.contactPoints()) {
            if (cp == null || cp.isBlank()) {
                continue;
            }
            if (contactPoints.exists(tenantId, cp.strip())) {
                if (!cps.contains(cp.strip())) {
                    cps.add(cp.strip());
                }
            } else {
                unknownCps.add("There is no contact point “" + cp.strip() + "”.");
            }
        }
        errors.addEach("contactPoints", unknownCps);
        Map<String, String> given = change.secrets() == null ? Map.of() : change.secrets();
        Map<String, Boolean> willBeSet = new LinkedHashMap<>();
        for (String s : SECRETS) {
            String value = given.get(s);
            willBeSet.put(s, value == null ? before.isSet(s) : !value.isBlank());
            if (value != null && value.length() > 500) {
                errors.add(s, "At most 500 characters.");
            }
        }
        if (enabled) {
            if (quiqBaseUrl == null) {
                errors.add("quiqBaseUrl", "Forwarding needs the Quiq API base URL, e.g. https://acme.goquiq.com.");
            }
            if (!willBeSet.get("quiqApiKey")) {
                errors.add("quiqApiKey", "Forwarding needs a Quiq API key.");
            }
            if ("BASIC".equals(quiqAuth) && !willBeSet.get("quiqApiSecret")) {
                errors.add("quiqApiSecret", "Basic authentication needs the API secret too.");
            }
            if (!willBeSet.get("dashbotApiKey")) {
                errors.add("dashbotApiKey", "Forwarding needs the Dashbot API key.");
            }
            if (cps.isEmpty()) {
                errors.add("contactPoints", "Choose at least one contact point whose conversations are forwarded.");
            }
        }
        errors.throwIfAny();
        Map<String, String> sealed = new LinkedHashMap<>();
        for (String s : SECRETS) {
            String value = given.get(s);
            if (value != null && !value.isBlank()) {
                sealed.put(s, secrets.encrypt(value.strip()));
            }
        }
        em.createNativeQuery("""
                INSERT INTO dashbot_settings (tenant_id, enabled, quiq_base_url, quiq_auth, dashbot_url, contact_points,
                    updated_by) VALUES (:t, :enabled, :quiq, :auth, :dashbot, string_to_array(:cps, chr(10)), :actor)
                ON CONFLICT (tenant_id) DO UPDATE SET enabled = excluded.enabled, quiq_base_url = excluded.quiq_base_url,
                    quiq_auth = excluded.quiq_auth, dashbot_url = excluded.dashbot_url,
                    contact_points = excluded.contact_points, updated_by = excluded.updated_by, updated_at = now(),
                    version = dashbot_settings.version + 1""").setParameter("t", tenantId).setParameter("enabled", enabled)
                .setParameter("quiq", quiqBaseUrl).setParameter("auth", quiqAuth).setParameter("dashbot", dashbotUrl)
                .setParameter("cps", String.join("\n", cps)).setParameter("actor", actor).executeUpdate();
        List<String> assignments = SECRETS.stream().filter(given::containsKey).filter(s -> given.get(s) != null)
                .map(s -> COLUMN.get(s) + (sealed.containsKey(s) ? " = :" + s : " = NULL")).toList();
        if (!assignments.isEmpty()) {
            var update = em.createNativeQuery("UPDATE dashbot_settings SET " + String.join(", ", assignments)
                    + " WHERE tenant_id = :t").setParameter("t", tenantId);
            sealed.forEach(update::setParameter);
            update.executeUpdate();
        }
        View after = get(tenantId);
        audit.record(tenantId, actor, ENTITY, tenantId, before.updatedAt() == null ? "create" : "update",
                audited(before), audited(after));
        return after;
    }

    private static Map<String, Object> audited(View v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("enabled", v.enabled());
        m.put("quiqBaseUrl", v.quiqBaseUrl());
        m.put("quiqAuth", v.quiqAuth());
        m.put("dashbotUrl", v.dashbotUrl());
        m.put("contactPoints", v.contactPoints());
        m.put("secretsSet", v.secretsSet()); // whether each is set, never its value
        return m;
    }

    private Object[] row(String tenantId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT enabled, quiq_base_url, quiq_auth, dashbot_url, quiq_api_key, quiq_api_secret, dashbot_api_key,
                    hook_token, contact_points, version, updated_at, updated_by FROM dashbot_settings WHERE tenant_id = :t""")
                .setParameter("t", tenantId).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    private String open(Object sealed) {
        return sealed == null ? null : secrets.decrypt((String) sealed);
    }

    private static void checkUrl(String field, String url, FieldErrors errors) {
        if (url == null) {
            return;
        }
        try {
            URI uri = new URI(url);
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                errors.add(field, "An http:// or https:// address, e.g. https://acme.goquiq.com.");
            }
        } catch (java.net.URISyntaxException e) {
            errors.add(field, "An http:// or https:// address, e.g. https://acme.goquiq.com (" + e.getReason() + ").");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
