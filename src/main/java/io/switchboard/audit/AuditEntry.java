package io.switchboard.audit;

import java.time.Instant;
import java.util.Map;

public record AuditEntry(long id, Instant at, String actor, String entityType, String entityId, String action,
        Map<String, Object> before, Map<String, Object> after) {
}
