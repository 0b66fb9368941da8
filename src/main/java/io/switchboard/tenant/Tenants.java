package io.switchboard.tenant;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.switchboard.audit.AuditLog;
import io.switchboard.common.FieldErrors;
import io.switchboard.common.NotFound;
import io.switchboard.common.StaleUpdate;
import io.switchboard.sms.PhoneNumbers;
import io.switchboard.stoplist.KeywordLists;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

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
    @Inject
    AuditLog audit;

    /** Whether this instance has already made sure the tenant exists (no query). */
    public boolean isKnown(String tenantId) {
        return known.contains(tenantId);
    }

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

    public TenantSettings settings(String tenantId) {
        return TenantSettings.of(require(tenantId));
    }

    /**
     * The settings as of at most {@link #SETTINGS_CACHE_TTL} ago, for hot paths (inbound SMS keywords). A change is
     * seen at once on the instance that saved it and within that time on the others.
     */
    public TenantSettings cachedSettings(String tenantId) {
        return settingsCache.get(tenantId, id -> QuarkusTransaction.requiringNew().call(() -> settings(id)));
    }

    record SettingsChanged(String tenantId) {
    }

    @Inject
    Event<SettingsChanged> settingsChanged;

    /** After the change commits, so no request can cache the old settings again in between. */
    void forget(@jakarta.enterprise.event.Observes(during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS)
            SettingsChanged event) {
        settingsCache.invalidate(event.tenantId());
    }

    public static final java.time.Duration SETTINGS_CACHE_TTL = java.time.Duration.ofSeconds(5);
    private final com.github.benmanes.caffeine.cache.Cache<String, TenantSettings> settingsCache =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(10_000)
                    .expireAfterWrite(SETTINGS_CACHE_TTL).build();

    /**
     * Saves every setting at once; {@code expectedVersion} (when given) must be the version the user saw.
     * Each keyword is one entry of its list (upper-cased, trimmed); one that is not a single word is refused.
     */
    @Transactional
    public TenantSettings update(String tenantId, String name, String timeZone, String defaultRegion,
            List<String> optOut, List<String> optIn, List<String> help, Long expectedVersion, String actor) {
        Tenant t = require(tenantId);
        if (expectedVersion != null && expectedVersion != t.version) {
            throw new StaleUpdate("The tenant settings", t.updatedBy, t.updatedAt);
        }
        FieldErrors errors = FieldErrors.none();
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 100) {
            errors.add("name", "Enter a name of 1 to 100 characters.");
        }
        String zone = timeZone == null ? "" : timeZone.strip();
        if (!ZoneId.getAvailableZoneIds().contains(zone) || !zone.contains("/")) {
            errors.add("timeZone", "“" + zone + "” is not a named time zone; use one like America/Chicago or Europe/Berlin.");
        }
        String region = defaultRegion == null ? "" : defaultRegion.strip().toUpperCase(Locale.ROOT);
        if (!PhoneNumbers.isValidRegion(region)) {
            errors.add("defaultRegion", "“" + region + "” is not a region phone numbers can be read in; use a two-letter code like US or GB.");
        }
        KeywordLists lists = new KeywordLists(clean(optOut), clean(optIn), clean(help));
        List<String> problems = KeywordLists.problems(lists);
        if (!problems.isEmpty()) {
            errors.add("keywords", String.join(" ", problems));
        }
        errors.throwIfAny();
        TenantSettings before = TenantSettings.of(t);
        t.name = cleanName;
        t.timeZone = zone;
        t.defaultRegion = region;
        t.optOutKeywords = String.join(" ", lists.optOut());
        t.optInKeywords = String.join(" ", lists.optIn());
        t.helpKeywords = String.join(" ", lists.help());
        t.updatedAt = Instant.now();
        t.updatedBy = actor;
        t.persistAndFlush();
        TenantSettings after = TenantSettings.of(t);
        audit.record(tenantId, actor, "tenant", tenantId, "update", before.audited(), after.audited());
        settingsChanged.fire(new SettingsChanged(tenantId));
        return after;
    }

    private static List<String> clean(List<String> given) {
        if (given == null) {
            return List.of();
        }
        return given.stream().map(w -> w == null ? "" : w.strip().toUpperCase(Locale.ROOT)).distinct().toList();
    }

    private static Tenant require(String tenantId) {
        Tenant t = Tenant.findById(tenantId);
        if (t == null) {
            throw new NotFound("There is no tenant “" + tenantId + "”.");
        }
        return t;
    }
}
