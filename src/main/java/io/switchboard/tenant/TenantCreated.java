package io.switchboard.tenant;

/** Fired inside the transaction that creates a tenant, so features can add its defaults. */
public record TenantCreated(String tenantId) {
}
