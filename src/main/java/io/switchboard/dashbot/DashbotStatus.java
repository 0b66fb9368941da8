package io.switchboard.dashbot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.switchboard.audit.AuditLog;
import io.switchboard.common.NotFound;
import io.switchboard.common.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** How forwarding goes for a tenant: counts by state, the last run, lag, deliveries per minute, dead letters. */
@ApplicationScoped
public class DashbotStatus {
    public record Counts(long pending, long sent, long failed, long dead, long tooOld, long conversationsPending,
            long conversationsSkipped, Instant lastRunAt, Long lagSeconds) {
    }

    public record DeadLetter(String conversationId, String messageId, String type, int attempts, String lastError,
            Instant messageAt) {
    }

    /** Deliveries in one minute of the last hour, oldest first. */
    public record Minute(Instant at, long sent) {
    }

    @Inject
    EntityManager em;
    @Inject
    AuditLog audit;

    public Counts counts(String tenantId) {
        Object[] r = (Object[]) em.createNativeQuery("""
                SELECT count(*) FILTER (WHERE state = 'PENDING'), count(*) FILTER (WHERE state = 'SENT'),
                       count(*) FILTER (WHERE state = 'FAILED'), count(*) FILTER (WHERE state = 'DEAD'),
                       count(*) FILTER (WHERE state = 'TOO_OLD'),
                       extract(epoch FROM now() - min(created_at) FILTER (WHERE state IN ('PENDING', 'FAILED')))::bigint,
                       (SELECT count(*) FROM dashbot_conversation WHERE tenant_id = :t AND status IN ('PENDING', 'FAILED')),
                       (SELECT count(*) FROM dashbot_conversation WHERE tenant_id = :t AND status = 'SKIPPED'),
                       (SELECT max(finished_at) FROM dashbot_run)
                FROM dashbot_outbox WHERE tenant_id = :t""").setParameter("t", tenantId).getSingleResult();
        return new Counts(n(r[0]), n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[6]), n(r[7]), Times.instant(r[8]),
                r[5] == null ? null : n(r[5]));
    }

    @SuppressWarnings("unchecked")
    public List<Minute> lastHour(String tenantId) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT m, (SELECT count(*) FROM dashbot_outbox o WHERE o.tenant_id = :t AND o.state = 'SENT'
                           AND o.sent_at >= m AND o.sent_at < m + interval '1 minute')
                FROM generate_series(date_trunc('minute', now()) - interval '59 minutes', date_trunc('minute', now()),
                                     interval '1 minute') m ORDER BY m""").setParameter("t", tenantId).getResultList();
        List<Minute> out = new ArrayList<>();
        rows.forEach(r -> out.add(new Minute(Times.instant(r[0]), n(r[1]))));
        return out;
    }

    @SuppressWarnings("unchecked")
    public List<DeadLetter> dead(String tenantId, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT conversation_id, message_id, type, attempts, last_error, message_at FROM dashbot_outbox
                WHERE tenant_id = :t AND state = 'DEAD' ORDER BY message_at DESC LIMIT :limit""")
                .setParameter("t", tenantId).setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> new DeadLetter((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue(),
                (String) r[4], Times.instant(r[5]))).toList();
    }

    /** Puts a dead letter back to pending with its attempts reset; the next run sends it. */
    @Transactional
    public void retry(String tenantId, String conversationId, String messageId, String actor) {
        int n = em.createNativeQuery("""
                UPDATE dashbot_outbox SET state = 'PENDING', attempts = 0, next_attempt_at = now(), last_error = NULL
                WHERE tenant_id = :t AND conversation_id = :c AND message_id = :m AND state = 'DEAD'""")
                .setParameter("t", tenantId).setParameter("c", conversationId).setParameter("m", messageId).executeUpdate();
        if (n == 0) {
            throw new NotFound("There is no dead letter " + messageId + " of " + conversationId + ".");
        }
        audit.record(tenantId, actor, DashbotSettings.ENTITY, tenantId, "retry", null,
                java.util.Map.of("conversationId", conversationId, "messageId", messageId));
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
