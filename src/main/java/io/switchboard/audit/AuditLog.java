package io.switchboard.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The append-only record of every change: who, when, which entity, what before and after.
 * Features call {@link #record} inside the transaction of the change, so both commit or neither.
 */
@ApplicationScoped
public class AuditLog {
    public static final int PAGE_SIZE = 50;
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String tenantId, String actor, String entityType, String entityId, String action,
            Object before, Object after) {
        AuditEvent event = new AuditEvent();
        event.tenantId = tenantId;
        event.at = Instant.now();
        event.actor = actor;
        event.entityType = entityType;
        event.entityId = entityId;
        event.action = action;
        event.before = before == null ? null : json.convertValue(before, MAP);
        event.after = after == null ? null : json.convertValue(after, MAP);
        event.persist();
    }

    /**
     * The same record written on a plain JDBC connection, inside the caller's own transaction on it: for hot paths
     * that keep clear of the ORM (inbound SMS).
     */
    public void record(java.sql.Connection c, String tenantId, String actor, String entityType, String entityId,
            String action, Object before, Object after) throws java.sql.SQLException {
        try (java.sql.PreparedStatement st = c.prepareStatement("""
                INSERT INTO audit_event (tenant_id, at, actor, entity_type, entity_id, action, before, after)
                VALUES (?, now(), ?, ?, ?, ?, ?::jsonb, ?::jsonb)""")) {
            st.setString(1, tenantId);
            st.setString(2, actor);
            st.setString(3, entityType);
            st.setString(4, entityId);
            st.setString(5, action);
            st.setString(6, before == null ? null : json.writeValueAsString(before));
            st.setString(7, after == null ? null : json.writeValueAsString(after));
            st.executeUpdate();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("Audit values must be JSON", e);
        }
    }

    /** One page of events, newest first, filtered by any of entity type, entity id, actor, action. */
    public AuditResults search(String tenantId, AuditFilter filter, int page) {
        StringBuilder where = new StringBuilder("tenantId = :tenant");
        Parameters params = Parameters.with("tenant", tenantId);
        if (filter.entityType() != null) {
            where.append(" and entityType = :type");
            params.and("type", filter.entityType());
        }
        if (filter.entityId() != null) {
            where.append(" and entityId = :entityId");
            params.and("entityId", filter.entityId());
        }
        if (filter.actor() != null) {
            where.append(" and actor = :actor");
            params.and("actor", filter.actor());
        }
        if (filter.action() != null) {
            where.append(" and action = :action");
            params.and("action", filter.action());
        }
        var query = AuditEvent.<AuditEvent>find(where.toString(), Sort.descending("at", "id"), params);
        long total = query.count();
        List<AuditEvent> events = query.page(Page.of(Math.max(page, 0), PAGE_SIZE)).list();
        return new AuditResults(total, Math.max(page, 0), PAGE_SIZE, events.stream().map(AuditLog::view).toList());
    }

    /** Distinct values for the filter drop-downs. */
    public List<String> entityTypes(String tenantId) {
        return AuditEvent.getEntityManager()
                .createQuery("select distinct e.entityType from AuditEvent e where e.tenantId = :t order by 1", String.class)
                .setParameter("t", tenantId).getResultList();
    }

    public List<String> actions(String tenantId) {
        return AuditEvent.getEntityManager()
                .createQuery("select distinct e.action from AuditEvent e where e.tenantId = :t order by 1", String.class)
                .setParameter("t", tenantId).getResultList();
    }

    /** All events that match the filter, newest first, for CSV export (bounded so a tenant cannot exhaust memory). */
    public List<AuditEntry> export(String tenantId, AuditFilter filter, int limit) {
        List<AuditEntry> all = new ArrayList<>();
        int page = 0;
        while (all.size() < limit) {
            AuditResults chunk = search(tenantId, filter, page++);
            all.addAll(chunk.entries());
            if (chunk.entries().size() < PAGE_SIZE) {
                break;
            }
        }
        return all.size() > limit ? all.subList(0, limit) : all;
    }

    private static AuditEntry view(AuditEvent e) {
        return new AuditEntry(e.id, e.at, e.actor, e.entityType, e.entityId, e.action, e.before, e.after);
    }
}
