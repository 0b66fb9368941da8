package io.switchboard.platform;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.switchboard.audit.AuditLog;
import io.switchboard.common.Conflict;
import io.switchboard.common.FieldErrors;
import io.switchboard.common.NotFound;
import io.switchboard.common.StaleUpdate;
import io.switchboard.contactpoint.ContactPoints;
import io.switchboard.tenant.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The request/enable workflow of Apple Messages for Business, Google RBM and WhatsApp per contact point. */
@ApplicationScoped
public class PlatformRequests {
    static final String ENTITY = "platform_request";
    /** Version shown before a platform has a row; a saved row starts at 0, so a stale form is still caught. */
    static final long NO_ROW = -1;
    /** The platforms of the Platforms tab, in the order shown. */
    public static final List<Platform> SHOWN = List.of(Platform.APPLE_MESSAGES, Platform.GOOGLE_RBM, Platform.WHATSAPP,
            Platform.GOOGLE_MESSAGES);

    public record HistoryEntry(PlatformStatus from, PlatformStatus to, String actor, Instant at, String note) {
    }

    /** A platform of a contact point: status (null when retired), details, version and next actions, history newest first. */
    public record View(Platform platform, PlatformStatus status, Map<String, String> details, long version,
            Instant updatedAt, String updatedBy, List<PlatformAction> actions, List<HistoryEntry> history) {
        public boolean retired() {
            return platform.retired();
        }
    }

    @Inject
    ContactPoints contactPoints;
    @Inject
    Tenants tenants;
    @Inject
    AuditLog audit;

    /** Apple, Google RBM, WhatsApp and the retired Google Business Messages, from two queries. */
    public List<View> list(String tenantId, String contactPointId) {
        contactPoints.get(tenantId, contactPointId);
        Map<Platform, PlatformRequest> rows = new EnumMap<>(Platform.class);
        PlatformRequest.listByContactPoint(tenantId, contactPointId).forEach(r -> rows.put(r.platform, r));
        Map<Platform, List<HistoryEntry>> history = new EnumMap<>(Platform.class);
        for (PlatformHistory h : PlatformHistory.listByContactPoint(tenantId, contactPointId)) {
            history.computeIfAbsent(h.platform, k -> new ArrayList<>())
                    .add(new HistoryEntry(h.fromStatus, h.toStatus, h.actor, h.at, h.note));
        }
        List<View> out = new ArrayList<>();
        for (Platform p : SHOWN) {
            out.add(view(p, rows.get(p), history.getOrDefault(p, List.of())));
        }
        return out;
    }

    /** One platform; 404 for a platform that has no request workflow (SMS, Web Chat, Facebook, Twitter/X). */
    public View get(String tenantId, String contactPointId, Platform platform) {
        shown(platform);
        return list(tenantId, contactPointId).stream().filter(v -> v.platform() == platform).findFirst().orElseThrow();
    }

    /**
     * Moves a platform's request along the workflow. {@code details}: the request's details (REQUEST) or the RBM agent
     * ID (APPROVE of Google RBM); {@code reason}: required to REJECT, an optional note otherwise. A refused transition
     * or a retired platform is a {@link Conflict}; bad details name each field; a stale version changes nothing.
     */
    @Transactional
    public View change(String tenantId, String contactPointId, Platform platform, PlatformAction action,
            Map<String, String> details, String reason, Long expectedVersion, String actor) {
        contactPoints.get(tenantId, contactPointId);
        shown(platform);
        if (platform.retired()) {
            throw new Conflict(PlatformWorkflow.retiredMessage(platform));
        }
        PlatformRequest row = PlatformRequest.findByPlatform(tenantId, contactPointId, platform);
        long version = row == null ? NO_ROW : row.version;
        if (expectedVersion != null && expectedVersion != version) {
            throw new StaleUpdate("The " + platform.title() + " request of “" + contactPointId + "”",
                    row == null ? "someone" : row.updatedBy, row == null ? Instant.now() : row.updatedAt);
        }
        PlatformStatus from = row == null ? PlatformStatus.NOT_REQUESTED : row.status;
        PlatformWorkflow.Outcome outcome = PlatformWorkflow.apply(platform, from, action);
        if (!outcome.allowed()) {
            throw new Conflict(outcome.refusal());
        }
        FieldErrors errors = FieldErrors.none();
        Map<String, String> before = row == null ? Map.of() : row.details;
        Map<String, String> next = new LinkedHashMap<>(before);
        if (action == PlatformAction.REQUEST) {
            next = PlatformDetails.checkRequest(platform, details, tenants.settings(tenantId).defaultRegion(), errors);
            String number = next.get("phoneNumber");
            if (platform == Platform.WHATSAPP && number != null) {
                PlatformRequest holder = PlatformRequest.findHolderOfNumber(tenantId, number, contactPointId);
                if (holder != null) {
                    errors.add("phoneNumber", number + " is already used for WhatsApp by contact point “"
                            + holder.contactPointId + "”; a number can serve one contact point only.");
                }
            }
        } else if (action == PlatformAction.APPROVE && platform == Platform.GOOGLE_RBM) {
            String agentId = PlatformDetails.checkAgentId(details == null ? null : details.get(PlatformDetails.AGENT_ID), errors);
            if (agentId != null) {
                next.put(PlatformDetails.AGENT_ID, agentId);
            }
        }
        String note = PlatformDetails.checkReason(reason, action == PlatformAction.REJECT, errors);
        errors.throwIfAny();

        Map<String, Object> auditBefore = snapshot(from, before);
        if (row == null) {
            row = new PlatformRequest();
            row.tenantId = tenantId;
            row.contactPointId = contactPointId;
            row.platform = platform;
        }
        row.status = outcome.next();
        row.details = next;
        row.whatsappNumber = platform == Platform.WHATSAPP && outcome.next() != PlatformStatus.NOT_REQUESTED
                ? next.get("phoneNumber") : null;
        row.updatedAt = Instant.now();
        row.updatedBy = actor;
        try {
            row.persistAndFlush();
        } catch (jakarta.persistence.PersistenceException e) {
            // two admins claiming one number at the same moment: the unique index decides, as the check above would have
            if ((e + " " + e.getCause()).contains("platform_request_whatsapp_number")) {
                throw io.switchboard.common.InvalidInput.of("phoneNumber", row.whatsappNumber
                        + " is already used for WhatsApp by another contact point; a number can serve one contact point only.");
            }
            throw e;
        }

        PlatformHistory h = new PlatformHistory();
        h.tenantId = tenantId;
        h.contactPointId = contactPointId;
        h.platform = platform;
        h.fromStatus = from;
        h.toStatus = outcome.next();
        h.actor = actor;
        h.at = row.updatedAt;
        h.note = note;
        h.persist();
        audit.record(tenantId, actor, ENTITY, contactPointId + "/" + platform.name(), action.name().toLowerCase(),
                auditBefore, snapshot(outcome.next(), next));
        return get(tenantId, contactPointId, platform);
    }

    private static void shown(Platform platform) {
        if (platform == null || !SHOWN.contains(platform)) {
            throw new NotFound((platform == null ? "That platform" : platform.title())
                    + " has no request workflow; it is set up on its own tab.");
        }
    }

    private static View view(Platform p, PlatformRequest row, List<HistoryEntry> history) {
        if (p.retired()) {
            return new View(p, null, Map.of(), NO_ROW, null, null, List.of(), history);
        }
        PlatformStatus status = row == null ? PlatformStatus.NOT_REQUESTED : row.status;
        Map<String, String> details = new LinkedHashMap<>();
        if (row != null) {
            PlatformDetails.fields(p).forEach(f -> {
                if (row.details.get(f.name()) != null) {
                    details.put(f.name(), row.details.get(f.name()));
                }
            });
        }
        return new View(p, status, java.util.Collections.unmodifiableMap(details), row == null ? NO_ROW : row.version,
                row == null ? null : row.updatedAt, row == null ? null : row.updatedBy,
                PlatformWorkflow.allowed(p, status), history);
    }

    private static Map<String, Object> snapshot(PlatformStatus status, Map<String, String> details) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", status.name());
        m.put("details", details);
        return m;
    }
}
