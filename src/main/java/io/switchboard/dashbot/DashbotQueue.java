package io.switchboard.dashbot;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.switchboard.audit.AuditLog;
import io.switchboard.common.FieldErrors;
import io.switchboard.common.InvalidInput;
import io.switchboard.common.Times;
import io.switchboard.common.Unauthenticated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Conversations waiting to be forwarded: queued by Quiq's webhook (each delivery once, by its event id) or by an
 * admin's backfill. Queuing a conversation again puts it back to pending: forwarding is idempotent per message.
 */
@ApplicationScoped
public class DashbotQueue {
    public static final int MAX_BACKFILL = 1_000;
    private static final Pattern CONVERSATION_ID = Pattern.compile("^[A-Za-z0-9._:-]{1,200}$");

    public record HookResult(boolean duplicate, String conversationId) {
    }

    public record Queued(String conversationId, String source, String status, Instant queuedAt, String queuedBy) {
    }

    @Inject
    EntityManager em;
    @Inject
    DashbotSettings settings;
    @Inject
    AuditLog audit;

    /** A Quiq webhook delivery {@code {id, eventType, data, timestamp}} with its hook token. */
    @Transactional
    public HookResult receive(String tenantId, String token, JsonNode event) {
        DashbotSettings.Unsealed s = settings.unseal(tenantId);
        if (s == null || s.hookToken() == null || token == null
                || !MessageDigest.isEqual(s.hookToken().getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            throw new Unauthenticated("The X-Centricient-Hook-Token header is missing or does not match this tenant's hook token.");
        }
        FieldErrors errors = FieldErrors.none();
        String id = text(event, "id");
        if (id == null || id.length() > 200) {
            errors.add("id", "Every event has an id (at most 200 characters).");
        }
        JsonNode data = event == null ? null : event.get("data");
        String conversation = data == null ? null : firstText(data, "conversationId", "id");
        if (conversation == null || !CONVERSATION_ID.matcher(conversation).matches()) {
            errors.add("data", "The event's data names no conversation (data.id or data.conversationId).");
        }
        errors.throwIfAny();
        int fresh = em.createNativeQuery("""
                INSERT INTO dashbot_hook_event (tenant_id, event_id, event_type) VALUES (:t, :id, :type)
                ON CONFLICT DO NOTHING""").setParameter("t", tenantId).setParameter("id", id)
                .setParameter("type", text(event, "eventType")).executeUpdate();
        if (fresh == 0) {
            return new HookResult(true, conversation);
        }
        queue(tenantId, conversation, "WEBHOOK", "quiq-webhook");
        return new HookResult(false, conversation);
    }

    /** Conversation ids pasted by an admin, all or nothing; answers how many were new to the queue. */
    @Transactional
    public int backfill(String tenantId, List<String> ids, String actor) {
        LinkedHashSet<String> wanted = new LinkedHashSet<>();
        List<String> bad = new ArrayList<>();
        for (String raw : ids == null ? List.<String>of() : ids) {
            String id = raw == null ? "" : raw.strip();
            if (id.isEmpty()) {
                continue;
            }
            if (CONVERSATION_ID.matcher(id).matches()) {
                wanted.add(id);
            } else {
                bad.add("“" + (id.length() > 40 ? id.substring(0, 40) + "…" : id) + "” is not a conversation id "
                        + "(letters, digits and . _ : - only, e.g. cid.1234).");
            }
        }
        FieldErrors errors = FieldErrors.none().addEach("conversationIds", bad);
        if (wanted.isEmpty() && bad.isEmpty()) {
            errors.add("conversationIds", "Paste at least one conversation id.");
        } else if (wanted.size() > MAX_BACKFILL) {
            errors.add("conversationIds", "At most " + MAX_BACKFILL + " per backfill; this has " + wanted.size() + ".");
        }
        errors.throwIfAny();
        int added = 0;
        for (String id : wanted) {
            added += queue(tenantId, id, "BACKFILL", actor) ? 1 : 0;
        }
        audit.record(tenantId, actor, DashbotSettings.ENTITY, tenantId, "backfill", null,
                Map.of("conversations", wanted.size(), "new", added));
        return added;
    }

    public long pending(String tenantId) {
        return ((Number) em.createNativeQuery(
                "SELECT count(*) FROM dashbot_conversation WHERE tenant_id = :t AND status = 'PENDING'")
                .setParameter("t", tenantId).getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    public List<Queued> recent(String tenantId, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT conversation_id, source, status, queued_at, queued_by FROM dashbot_conversation
                WHERE tenant_id = :t ORDER BY queued_at DESC, conversation_id LIMIT :limit""")
                .setParameter("t", tenantId).setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> new Queued((String) r[0], (String) r[1], (String) r[2], Times.instant(r[3]),
                (String) r[4])).toList();
    }

    /** True when the conversation was not queued before. */
    private boolean queue(String tenantId, String conversation, String source, String by) {
        Object inserted = em.createNativeQuery("""
                INSERT INTO dashbot_conversation (tenant_id, conversation_id, source, queued_by) VALUES (:t, :c, :s, :by)
                ON CONFLICT (tenant_id, conversation_id) DO UPDATE SET status = 'PENDING', queued_at = now(),
                    queued_by = excluded.queued_by, attempts = 0, next_attempt_at = now(), last_error = NULL
                RETURNING (xmax = 0)""").setParameter("t", tenantId).setParameter("c", conversation)
                .setParameter("s", source).setParameter("by", by).getSingleResult();
        return Boolean.TRUE.equals(inserted);
    }

    private static String text(JsonNode node, String field) {
        return node != null && node.hasNonNull(field) && node.get(field).isValueNode() ? node.get(field).asText() : null;
    }

    private static String firstText(JsonNode node, String... fields) {
        for (String f : fields) {
            String v = text(node, f);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
