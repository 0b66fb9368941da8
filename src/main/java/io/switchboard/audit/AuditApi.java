package io.switchboard.audit;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import io.switchboard.security.CurrentUser;
import io.switchboard.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit log")
@RolesAllowed({ Roles.ADMIN, Roles.MANAGER })
public class AuditApi {
    @Inject
    AuditLog audit;
    @Inject
    CurrentUser user;

    @GET
    @Operation(summary = "Audit events, newest first, 50 a page; filter by entity type, entity id, actor, action")
    public AuditResults search(@RestQuery String entity, @RestQuery String entityId, @RestQuery String actor,
            @RestQuery String action, @RestQuery Integer page) {
        return audit.search(user.tenantId(), new AuditFilter(entity, entityId, actor, action),
                page == null ? 0 : page);
    }
}
