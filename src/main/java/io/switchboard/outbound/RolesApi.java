package io.switchboard.outbound;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import io.switchboard.common.InvalidInput;
import io.switchboard.security.CurrentUser;
import io.switchboard.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Business roles and their members (users by {@code preferred_username}); managers and admins. */
@Path("/api/v1/roles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Business roles")
@RolesAllowed({ Roles.ADMIN, Roles.MANAGER })
public class RolesApi {
    public record RoleJson(String name, boolean builtIn, List<String> members, Instant createdAt, String createdBy) {
    }

    public record NewRole(String name) {
    }

    public record Members(List<String> users) {
    }

    @Inject
    BusinessRoles roles;
    @Inject
    CurrentUser user;

    @GET
    @Operation(summary = "Every business role with its members; Everyone (built in) first and without a member list")
    public List<RoleJson> list() {
        String tenantId = user.tenantId();
        return roles.list(tenantId).stream().map(r -> json(tenantId, r)).toList();
    }

    @GET
    @Path("{name}")
    @Operation(summary = "One role (name matched without regard to case)")
    public RoleJson get(@RestPath String name) {
        String tenantId = user.tenantId();
        return json(tenantId, roles.get(tenantId, name));
    }

    @POST
    @Operation(summary = "Create a role: 201; 409 when the name exists (in any case) or is Everyone")
    public Response create(NewRole body) {
        if (body == null) {
            throw InvalidInput.of("name", "Send {\"name\": \"Sales\"}.");
        }
        String tenantId = user.tenantId();
        BusinessRoles.Role created = roles.create(tenantId, body.name(), user.actor());
        return Response.created(URI.create("/api/v1/roles/" + created.name().replace(" ", "%20")))
                .entity(json(tenantId, created)).build();
    }

    @PUT
    @Path("{name}/members")
    @Operation(summary = "Replace the members, all or nothing: an unknown username is named and changes nothing")
    public RoleJson setMembers(@RestPath String name, Members body) {
        if (body == null || body.users() == null) {
            throw InvalidInput.of("users", "Send {\"users\": [\"alice\", …]} (an empty list removes everyone).");
        }
        String tenantId = user.tenantId();
        roles.setMembers(tenantId, name, body.users(), user.actor());
        return json(tenantId, roles.get(tenantId, name));
    }

    @DELETE
    @Path("{name}")
    @Operation(summary = "Delete a role with its memberships and outbound grants; Everyone cannot be deleted (409)")
    public Map<String, List<String>> delete(@RestPath String name) {
        return Map.of("outboundRolesRemovedOn", roles.delete(user.tenantId(), name, user.actor()));
    }

    private RoleJson json(String tenantId, BusinessRoles.Role r) {
        List<String> members = r.builtIn() ? List.of()
                : roles.members(tenantId, r.name()).stream().map(BusinessRoles.Member::username).toList();
        return new RoleJson(r.name(), r.builtIn(), members, r.createdAt(), r.createdBy());
    }
}
