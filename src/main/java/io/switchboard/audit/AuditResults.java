package io.switchboard.audit;

import java.util.List;

public record AuditResults(long total, int page, int pageSize, List<AuditEntry> entries) {
    public boolean hasNext() {
        return (long) (page + 1) * pageSize < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
