package io.switchboard.contactpoint;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import io.switchboard.common.FieldErrors;
import io.switchboard.common.InvalidInput;
import io.switchboard.security.CurrentUser;
import io.switchboard.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/contact-points")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contact points")
@RolesAllowed(Roles.ADMIN)
public class ContactPointApi {
    public record Summary(String id, String label) {
    }

    public record Detail(String id, String label, long version, String updatedBy, java.time.Instant updatedAt) {
        static Detail of(ContactPointView v) {
            return new Detail(v.id(), v.label(), v.version(), v.updatedBy(), v.updatedAt());
        }
    }

    public record CreateRequest(String id, String label) {
    }

    /** {@code version}, when sent, must match the stored one (optimistic locking); otherwise 409. */
    public record PatchRequest(String label, Long version) {
    }

    @Inject
    ContactPoints contactPoints;
    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.MANAGER, Roles.AGENT, Roles.INTEGRATION })
    @Operation(summary = "List the tenant's contact points")
    public List<Summary> list() {
        return contactPoints.list(user.tenantId()).stream().map(v -> new Summary(v.id(), v.label())).toList();
    }

    @POST
    @Operation(summary = "Create a contact point (the id is fixed for ever)")
    public Response create(CreateRequest body) {
        if (body == null) {
            throw new InvalidInput(FieldErrors.none().add("id", "Enter an id.").add("label", "Enter a label."));
        }
        ContactPointView created = contactPoints.create(user.tenantId(), body.id(), body.label(), user.actor());
        return Response.created(URI.create("/api/v1/contact-points/" + created.id())).entity(Detail.of(created))
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.MANAGER, Roles.AGENT, Roles.INTEGRATION })
    @Operation(summary = "Read one contact point")
    public Detail get(@RestPath String id) {
        return Detail.of(contactPoints.get(user.tenantId(), id));
    }

    @PATCH
    @Path("{id}")
    @Operation(summary = "Rename a contact point")
    public Detail rename(@RestPath String id, PatchRequest body) {
        if (body == null) {
            throw InvalidInput.of("label", "Enter a label.");
        }
        return Detail.of(contactPoints.rename(user.tenantId(), id, body.label(), body.version(), user.actor()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a contact point (the tenant's last one cannot be deleted: 409)")
    public Response delete(@RestPath String id) {
        contactPoints.delete(user.tenantId(), id, null, user.actor());
        return Response.noContent().build();
    }
}
