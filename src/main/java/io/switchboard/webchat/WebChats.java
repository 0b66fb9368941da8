package io.switchboard.webchat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.switchboard.audit.AuditLog;
import io.switchboard.common.FieldErrors;
import io.switchboard.common.InvalidInput;
import io.switchboard.common.StaleUpdate;
import io.switchboard.common.Times;
import io.switchboard.contactpoint.ContactPoints;
import io.switchboard.sms.PhoneNumbers;
import io.switchboard.tenant.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** A contact point's web chat settings, its live stats and its status (DESIGN §3.6). */
@ApplicationScoped
public class WebChats {
    static final String ENTITY = "web_chat";

    /** The settings with the version the user saw and who changed them last (null before any change). */
    public record View(WebChatSettings settings, long version, Instant updatedAt, String updatedBy) {
    }

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;
    @Inject
    ContactPoints contactPoints;
    @Inject
    Tenants tenants;
    @Inject
    AuditLog audit;
    @Inject
    jakarta.enterprise.event.Event<PublicConfigs.Changed> changed;

    public View get(String tenantId, String contactPointId) {
        contactPoints.get(tenantId, contactPointId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT settings::text, version, updated_at, updated_by FROM webchat_settings
                WHERE tenant_id = :t AND contact_point_id = :cp""").setParameter("t", tenantId)
                .setParameter("cp", contactPointId).getResultList();
        if (rows.isEmpty()) {
            return new View(WebChatSettings.defaults(), 0, null, null);
        }
        Object[] r = rows.get(0);
        try {
            return new View(merge(json.readValue((String) r[0], WebChatSettings.class), WebChatSettings.defaults()),
                    ((Number) r[1]).longValue(), Times.instant(r[2]), (String) r[3]);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored web chat settings are not readable", e);
        }
    }

    /** Saves every setting at once; a field left out keeps its value; each bad field is named and nothing changes. */
    @Transactional
    public View update(String tenantId, String contactPointId, WebChatSettings change, Long expectedVersion,
            String actor) {
        View before = get(tenantId, contactPointId);
        if (expectedVersion != null && before.updatedAt() != null && expectedVersion != before.version()) {
            throw new StaleUpdate("The web chat settings of “" + contactPointId + "”", before.updatedBy(),
                    before.updatedAt());
        }
        WebChatSettings next = merge(change, before.settings());
        FieldErrors errors = WebChatRules.check(next);
        if (next.mobileRedirectNumber() != null && !next.mobileRedirectNumber().isBlank()) {
            PhoneNumbers.Parsed p = PhoneNumbers.parse(next.mobileRedirectNumber(), tenants.settings(tenantId).defaultRegion());
            if (p.valid()) {
                next = withMobile(next, p.e164());
            } else {
                errors.add("mobileRedirectNumber", p.error());
            }
        } else {
            next = withMobile(next, null);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        next = normalise(next);
        String document;
        try {
            document = json.writeValueAsString(next);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        em.createNativeQuery("""
                INSERT INTO webchat_settings (tenant_id, contact_point_id, settings, updated_by)
                VALUES (:t, :cp, CAST(:s AS jsonb), :actor)
                ON CONFLICT (tenant_id, contact_point_id) DO UPDATE SET settings = excluded.settings,
                    updated_by = excluded.updated_by, updated_at = now(), version = webchat_settings.version + 1""")
                .setParameter("t", tenantId).setParameter("cp", contactPointId).setParameter("s", document)
                .setParameter("actor", actor).executeUpdate();
        View after = get(tenantId, contactPointId);
        audit.record(tenantId, actor, ENTITY, contactPointId, before.updatedAt() == null ? "create" : "update",
                before.settings(), after.settings());
        changed.fire(new PublicConfigs.Changed(tenantId, contactPointId));
        return after;
    }

    /** Live stats pushed by the agents' system; the newest replaces the last. */
    @Transactional
    public void pushStats(String tenantId, String contactPointId, Integer agents, Integer queued) {
        contactPoints.get(tenantId, contactPointId);
        FieldErrors errors = FieldErrors.none();
        if (agents == null || agents < 0) {
            errors.add("availableAgents", "The number of agents available now, 0 or more.");
        }
        if (queued == null || queued < 0) {
            errors.add("queued", "The number of conversations waiting now, 0 or more.");
        }
        errors.throwIfAny();
        em.createNativeQuery("""
                INSERT INTO webchat_live_stats (tenant_id, contact_point_id, available_agents, queued, at)
                VALUES (:t, :cp, :a, :q, now()) ON CONFLICT (tenant_id, contact_point_id)
                DO UPDATE SET available_agents = excluded.available_agents, queued = excluded.queued, at = now()""")
                .setParameter("t", tenantId).setParameter("cp", contactPointId).setParameter("a", agents)
                .setParameter("q", queued).executeUpdate();
        changed.fire(new PublicConfigs.Changed(tenantId, contactPointId));
    }

    /** Whether the chat is available at {@code at} (now when null), with the current live stats, and why. */
    public Availability.Status status(String tenantId, String contactPointId, Instant at) {
        View view = get(tenantId, contactPointId);
        if (!Boolean.TRUE.equals(view.settings().enabled())) {
            return new Availability.Status(false, "offline: web chat is switched off");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT available_agents, queued, at FROM webchat_live_stats WHERE tenant_id = :t AND contact_point_id = :cp""")
                .setParameter("t", tenantId).setParameter("cp", contactPointId).getResultList();
        Instant now = Instant.now();
        // the simulator asks about another time "with the current live stats": they count as fresh then
        Availability.LiveStats stats = rows.isEmpty() ? null : new Availability.LiveStats(((Number) rows.get(0)[0]).intValue(),
                ((Number) rows.get(0)[1]).intValue(), at == null ? Times.instant(rows.get(0)[2])
                        : (Times.instant(rows.get(0)[2]).isBefore(now.minus(Availability.STALE_AFTER)) ? Instant.EPOCH : at));
        ZoneId zone = ZoneId.of(tenants.settings(tenantId).timeZone());
        return Availability.evaluate(WebChatRules.rules(view.settings().availabilityRules(), FieldErrors.none()), zone,
                at == null ? now : at, stats);
    }

    /** The change with every field it leaves out taken from {@code base}. */
    static WebChatSettings merge(WebChatSettings c, WebChatSettings base) {
        return new WebChatSettings(or(c.enabled(), base.enabled()), or(c.emailTranscript(), base.emailTranscript()),
                or(c.userAttachments(), base.userAttachments()), or(c.userAttachmentTypes(), base.userAttachmentTypes()),
                or(c.agentAttachments(), base.agentAttachments()), or(c.emojis(), base.emojis()),
                or(c.playSounds(), base.playSounds()), or(c.titleBarNotifications(), base.titleBarNotifications()),
                or(c.whitelistedDomains(), base.whitelistedDomains()), c.mobileRedirectNumber() != null
                        ? c.mobileRedirectNumber() : base.mobileRedirectNumber(),
                or(c.menu(), base.menu()), or(c.colors(), base.colors()), or(c.font(), base.font()),
                or(c.welcomeForm(), base.welcomeForm()), or(c.availabilityRules(), base.availabilityRules()));
    }

    private static WebChatSettings withMobile(WebChatSettings s, String mobile) {
        return new WebChatSettings(s.enabled(), s.emailTranscript(), s.userAttachments(), s.userAttachmentTypes(),
                s.agentAttachments(), s.emojis(), s.playSounds(), s.titleBarNotifications(), s.whitelistedDomains(),
                mobile, s.menu(), s.colors(), s.font(), s.welcomeForm(), s.availabilityRules());
    }

    /** Domains stored as their normalised pattern (lower case, punycode), colors in lower case. */
    private static WebChatSettings normalise(WebChatSettings s) {
        List<String> domains = s.whitelistedDomains().stream().map(d -> DomainPatterns.parse(d).ascii()).distinct().toList();
        WebChatSettings.Colors c = s.colors();
        WebChatSettings.Colors colors = new WebChatSettings.Colors(c.primary().toLowerCase(), c.secondary().toLowerCase(),
                c.background().toLowerCase(), c.text().toLowerCase(), c.header().toLowerCase(),
                c.customerBubble().toLowerCase(), c.agentBubble().toLowerCase());
        return new WebChatSettings(s.enabled(), s.emailTranscript(), s.userAttachments(), s.userAttachmentTypes(),
                s.agentAttachments(), s.emojis(), s.playSounds(), s.titleBarNotifications(), domains,
                s.mobileRedirectNumber(), s.menu(), colors, s.font(), s.welcomeForm(), s.availabilityRules());
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
