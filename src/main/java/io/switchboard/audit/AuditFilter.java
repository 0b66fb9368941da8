package io.switchboard.audit;

public record AuditFilter(String entityType, String entityId, String actor, String action) {
    public AuditFilter {
        entityType = blankToNull(entityType);
        entityId = blankToNull(entityId);
        actor = blankToNull(actor);
        action = blankToNull(action);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
