package io.switchboard.timer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.switchboard.audit.AuditLog;
import io.switchboard.common.FieldErrors;
import io.switchboard.common.StaleUpdate;
import io.switchboard.contactpoint.ContactPointDeleted;
import io.switchboard.contactpoint.ContactPointView;
import io.switchboard.contactpoint.ContactPoints;
import io.switchboard.platform.Platform;
import io.switchboard.tenant.TenantCreated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Timers of a tenant, its contact points and their platforms: read effective values, change any level. */
@ApplicationScoped
public class Timers {
    static final String ENTITY = "timers";
    /** Version shown for a level that has no row yet; a saved row starts at 0, so a stale form is still caught. */
    static final long NO_ROW = -1;

    @Inject
    AuditLog audit;
    @Inject
    ContactPoints contactPoints;
    @Inject
    EntityManager em;

    /** The values set at one level, the effective values there, and the level's version. */
    public record LevelView(String contactPointId, Platform platform, Map<Timer, TimerResolution.Effective> effective,
            Map<Timer, Integer> own, long version, Instant updatedAt, String updatedBy) {
    }

    void createDefaults(@Observes TenantCreated event) {
        TimerSettings row = newRow(event.tenantId(), TimerSettings.NONE, TimerSettings.NONE, "system");
        for (Timer t : Timer.values()) {
            row.set(t, t.defaultSeconds());
        }
        row.persist();
    }

    void dropOverrides(@Observes ContactPointDeleted event) {
        TimerSettings.deleteByContactPoint(event.tenantId(), event.contactPointId());
    }

    public LevelView tenant(String tenantId) {
        TimerSettings row = tenantRow(tenantId);
        return new LevelView(null, null, TimerResolution.resolve(row.values(), Map.of(), Map.of()), row.values(),
                row.version, row.updatedAt, row.updatedBy);
    }

    /** What a page's timers form came to: saved (no form), or the form to show again with 400 (its errors) or 409. */
    public record FormOutcome(int status, TimerForm form, String conflict) {
        static final FormOutcome SAVED = new FormOutcome(303, null, null);

        public boolean saved() {
            return form == null;
        }
    }

    /**
     * Saves the overrides a contact point's ({@code platform} null) or a platform's timers form posted (see
     * {@link TimerForm#typedOverrides}); bad input, a stale version or a refused change come back as the form to show.
     */
    public FormOutcome saveForm(String tenantId, String contactPointId, Platform platform, Map<String, String> typed,
            Long version, String clear, String actor) {
        try {
            updateOverrides(tenantId, contactPointId, platform, TimerForm.parseOverrides(typed, clear),
                    version == null ? -2L : version, actor);
            return FormOutcome.SAVED;
        } catch (io.switchboard.common.InvalidInput e) {
            return new FormOutcome(400, TimerForm.of(level(tenantId, contactPointId, platform), false, typed, e.errors), null);
        } catch (StaleUpdate | io.switchboard.common.Conflict e) {
            return new FormOutcome(409, TimerForm.of(level(tenantId, contactPointId, platform), false, typed,
                    FieldErrors.none()), e.getMessage());
        }
    }

    /** The contact point level ({@code platform} null) or a platform of it; 404 for an unknown contact point. */
    public LevelView level(String tenantId, String contactPointId, Platform platform) {
        contactPoints.get(tenantId, contactPointId);
        Map<Timer, Integer> tenant = tenantRow(tenantId).values();
        TimerSettings cp = TimerSettings.findLevel(tenantId, contactPointId, TimerSettings.NONE);
        TimerSettings own = platform == null ? cp
                : TimerSettings.findLevel(tenantId, contactPointId, platform.name());
        Map<Timer, Integer> cpValues = cp == null ? Map.of() : cp.values();
        Map<Timer, Integer> platformValues = platform == null || own == null ? Map.of() : own.values();
        return new LevelView(contactPointId, platform, TimerResolution.resolve(tenant, cpValues, platformValues),
                own == null ? Map.of() : own.values(), own == null ? NO_ROW : own.version,
                own == null ? null : own.updatedAt, own == null ? null : own.updatedBy);
    }

    /** Every platform level of a contact point, from one read of its timer rows. */
    public Map<Platform, LevelView> platformLevels(String tenantId, String contactPointId) {
        contactPoints.get(tenantId, contactPointId);
        Map<Timer, Integer> tenant = tenantRow(tenantId).values();
        Map<String, TimerSettings> rows = new java.util.HashMap<>();
        TimerSettings.<TimerSettings>list("tenantId = ?1 and contactPointId = ?2", tenantId, contactPointId)
                .forEach(r -> rows.put(r.platform, r));
        TimerSettings cp = rows.get(TimerSettings.NONE);
        Map<Timer, Integer> cpValues = cp == null ? Map.of() : cp.values();
        Map<Platform, LevelView> out = new EnumMap<>(Platform.class);
        for (Platform p : Platform.values()) {
            TimerSettings own = rows.get(p.name());
            Map<Timer, Integer> values = own == null ? Map.of() : own.values();
            out.put(p, new LevelView(contactPointId, p, TimerResolution.resolve(tenant, cpValues, values), values,
                    own == null ? NO_ROW : own.version, own == null ? null : own.updatedAt,
                    own == null ? null : own.updatedBy));
        }
        return out;
    }

    /**
     * Sets tenant-level timers (only those given). Refused, naming the places, when the effective Response
     * Timeout of any contact point or platform would fall below the ART maximum.
     */
    @Transactional
    public LevelView updateTenant(String tenantId, Map<Timer, Long> changes, Long expectedVersion, String actor) {
        TimerSettings row = tenantRow(tenantId);
        checkVersion(row, expectedVersion, "The tenant's timers");
        FieldErrors errors = FieldErrors.none();
        changes.forEach((timer, seconds) -> {
            if (seconds == null) {
                errors.add(timer.name(), timer.title() + " needs a value at the tenant level.");
            } else {
                TimerRules.checkRange(timer, seconds, errors);
            }
        });
        errors.throwIfAny();
        Map<Timer, Integer> merged = new EnumMap<>(row.values());
        changes.forEach((timer, seconds) -> merged.put(timer, seconds.intValue()));
        TimerRules.checkAdaptiveRange(merged, errors);
        List<String> places = placesBelowArtMaximum(tenantId, merged, null, null);
        if (!places.isEmpty()) {
            Timer field = changes.containsKey(Timer.RESPONSE_TIMEOUT) ? Timer.RESPONSE_TIMEOUT : Timer.ART_MAXIMUM;
            errors.add(field.name(), "The Response Timeout would be shorter than the Adaptive Response Maximum ("
                    + Durations.format(merged.get(Timer.ART_MAXIMUM)) + ") at: " + String.join(", ", places) + ".");
        }
        errors.throwIfAny();
        Map<Timer, Integer> before = row.values();
        if (!before.equals(merged)) {
            merged.forEach(row::set);
            touch(row, actor);
            audit.record(tenantId, actor, ENTITY, "tenant", "update", snapshot(before), snapshot(merged));
        }
        return tenant(tenantId);
    }

    /**
     * Sets or clears (value null) overrides of the overridable timers at a contact point
     * ({@code platform} null) or one of its platforms.
     */
    @Transactional
    public LevelView updateOverrides(String tenantId, String contactPointId, Platform platform,
            Map<Timer, Long> changes, Long expectedVersion, String actor) {
        ContactPointView cp = contactPoints.get(tenantId, contactPointId);
        if (platform != null && platform.retired()) {
            throw new io.switchboard.common.Conflict(platform.title() + " was shut down; its timers cannot be changed.");
        }
        String platformKey = platform == null ? TimerSettings.NONE : platform.name();
        TimerSettings row = TimerSettings.findLevel(tenantId, contactPointId, platformKey);
        String what = "The timers of " + (platform == null ? "“" + cp.id() + "”" : "“" + cp.id() + "” on " + platform.title());
        if (expectedVersion != null && expectedVersion != (row == null ? NO_ROW : row.version)) {
            throw new StaleUpdate(what, row == null ? "someone" : row.updatedBy, row == null ? Instant.now() : row.updatedAt);
        }
        FieldErrors errors = FieldErrors.none();
        changes.forEach((timer, seconds) -> {
            if (!timer.overridable()) {
                errors.add(timer.name(), timer.title() + " is set for the whole tenant only.");
            } else if (seconds != null) {
                TimerRules.checkRange(timer, seconds, errors);
            }
        });
        errors.throwIfAny();
        Map<Timer, Integer> before = row == null ? Map.of() : row.values();
        Map<Timer, Integer> after = new EnumMap<>(Timer.class);
        after.putAll(before);
        changes.forEach((timer, seconds) -> {
            if (seconds == null) {
                after.remove(timer);
            } else {
                after.put(timer, seconds.intValue());
            }
        });
        Map<Timer, Integer> tenant = tenantRow(tenantId).values();
        List<String> places = placesBelowArtMaximum(tenantId, tenant, contactPointId,
                platform == null ? new Override(TimerSettings.NONE, after) : new Override(platformKey, after));
        if (!places.isEmpty()) {
            errors.add(Timer.RESPONSE_TIMEOUT.name(), "The Response Timeout cannot be shorter than the Adaptive "
                    + "Response Maximum (" + Durations.format(tenant.get(Timer.ART_MAXIMUM)) + "); it would be at: "
                    + String.join(", ", places) + ".");
        }
        errors.throwIfAny();
        if (!before.equals(after)) {
            if (row == null) {
                row = newRow(tenantId, contactPointId, platformKey, actor);
            }
            for (Timer t : Timer.values()) {
                if (t.overridable()) {
                    row.set(t, after.get(t));
                }
            }
            touch(row, actor);
            audit.record(tenantId, actor, ENTITY, contactPointId + (platform == null ? "" : "/" + platform.name()),
                    "update", snapshot(before), snapshot(after));
        }
        return level(tenantId, contactPointId, platform);
    }

    /** Every contact point × platform with its effective timers, read in one query. */
    public TimerMatrix matrix(String tenantId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT '' AS cp_id, '' AS cp_label, '' AS platform, invitation_timeout, response_timeout,
                       art_minimum, art_maximum, inactive_time, close_time
                  FROM timer_settings WHERE tenant_id = :t AND contact_point_id = ''
                UNION ALL
                SELECT cp.id, cp.label, coalesce(s.platform, ''), s.invitation_timeout, s.response_timeout,
                       s.art_minimum, s.art_maximum, s.inactive_time, s.close_time
                  FROM contact_point cp
                  LEFT JOIN timer_settings s ON s.tenant_id = cp.tenant_id AND s.contact_point_id = cp.id
                 WHERE cp.tenant_id = :t
                 ORDER BY 1, 3""").setParameter("t", tenantId).getResultList();
        Map<Timer, Integer> tenant = Map.of();
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, Map<String, Map<Timer, Integer>>> levels = new LinkedHashMap<>();
        for (Object[] r : rows) {
            Map<Timer, Integer> values = values(r);
            String cpId = (String) r[0];
            if (cpId.isEmpty()) {
                tenant = values;
                continue;
            }
            labels.put(cpId, (String) r[1]);
            levels.computeIfAbsent(cpId, k -> new LinkedHashMap<>()).put((String) r[2], values);
        }
        List<TimerMatrix.Row> out = new ArrayList<>(labels.size());
        for (var entry : labels.entrySet()) {
            Map<String, Map<Timer, Integer>> cpLevels = levels.get(entry.getKey());
            Map<Timer, Integer> cpValues = cpLevels.getOrDefault(TimerSettings.NONE, Map.of());
            Map<Timer, TimerResolution.Effective> atContactPoint = TimerResolution.resolve(tenant, cpValues, Map.of());
            Map<Platform, Map<Timer, TimerResolution.Effective>> perPlatform = new EnumMap<>(Platform.class);
            for (Platform p : Platform.values()) {
                perPlatform.put(p, TimerResolution.resolve(tenant, cpValues, cpLevels.getOrDefault(p.name(), Map.of())));
            }
            out.add(new TimerMatrix.Row(entry.getKey(), entry.getValue(), atContactPoint, perPlatform));
        }
        return new TimerMatrix(TimerResolution.resolve(tenant, Map.of(), Map.of()), out);
    }

    private record Override(String platform, Map<Timer, Integer> values) {
    }

    /**
     * Places whose effective Response Timeout would be below the ART maximum, given the tenant values and
     * (optionally) one level's proposed values. A contact point's platforms without a row of their own inherit
     * the contact point, so checking the contact point and every platform row covers every place.
     */
    private List<String> placesBelowArtMaximum(String tenantId, Map<Timer, Integer> tenant, String changedCp,
            Override changed) {
        List<String> places = new ArrayList<>();
        if (TimerRules.responseTimeoutTooShort(TimerResolution.resolve(tenant, Map.of(), Map.of()))) {
            places.add("the tenant (" + Durations.format(tenant.get(Timer.RESPONSE_TIMEOUT)) + ")");
        }
        Map<String, Map<String, Map<Timer, Integer>>> byCp = new java.util.TreeMap<>();
        for (TimerSettings s : TimerSettings.listByTenant(tenantId)) {
            if (!s.contactPointId.isEmpty()) {
                byCp.computeIfAbsent(s.contactPointId, k -> new java.util.TreeMap<>()).put(s.platform, s.values());
            }
        }
        if (changedCp != null) {
            byCp.computeIfAbsent(changedCp, k -> new java.util.TreeMap<>()).put(changed.platform(), changed.values());
        }
        byCp.forEach((cp, levels) -> {
            Map<Timer, Integer> cpValues = levels.getOrDefault(TimerSettings.NONE, Map.of());
            levels.forEach((platform, values) -> {
                var effective = platform.isEmpty() ? TimerResolution.resolve(tenant, cpValues, Map.of())
                        : TimerResolution.resolve(tenant, cpValues, values);
                if (TimerRules.responseTimeoutTooShort(effective)) {
                    String where = platform.isEmpty() ? "contact point " + cp
                            : cp + " / " + Platform.valueOf(platform).title();
                    places.add(where + " (" + effective.get(Timer.RESPONSE_TIMEOUT).display() + ")");
                }
            });
        });
        return places;
    }

    private static Map<Timer, Integer> values(Object[] r) {
        Map<Timer, Integer> v = new EnumMap<>(Timer.class);
        Timer[] order = Timer.values();
        for (int i = 0; i < order.length; i++) {
            if (r[3 + i] != null) {
                v.put(order[i], ((Number) r[3 + i]).intValue());
            }
        }
        return v;
    }

    private static TimerSettings tenantRow(String tenantId) {
        TimerSettings row = TimerSettings.findLevel(tenantId, TimerSettings.NONE, TimerSettings.NONE);
        if (row == null) {
            throw new IllegalStateException("Tenant " + tenantId + " has no timer settings");
        }
        return row;
    }

    private static void checkVersion(TimerSettings row, Long expectedVersion, String what) {
        if (expectedVersion != null && expectedVersion != row.version) {
            throw new StaleUpdate(what, row.updatedBy, row.updatedAt);
        }
    }

    private static TimerSettings newRow(String tenantId, String cpId, String platform, String actor) {
        TimerSettings row = new TimerSettings();
        row.tenantId = tenantId;
        row.contactPointId = cpId;
        row.platform = platform;
        row.updatedAt = Instant.now();
        row.updatedBy = actor;
        return row;
    }

    private static void touch(TimerSettings row, String actor) {
        row.updatedAt = Instant.now();
        row.updatedBy = actor;
        row.persistAndFlush();
    }

    private static Map<String, Object> snapshot(Map<Timer, Integer> values) {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((t, v) -> out.put(t.name(), v));
        return out;
    }
}
