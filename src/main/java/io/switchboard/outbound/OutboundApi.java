package io.switchboard.outbound;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.switchboard.common.InvalidInput;
import io.switchboard.security.CurrentUser;
import io.switchboard.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Agents send: start a conversation or a notification, decided by their business roles and the stop list. */
@Path("/api/v1/contact-points/{id}/outbound")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Outbound")
@RolesAllowed({ Roles.ADMIN, Roles.MANAGER, Roles.AGENT, Roles.INTEGRATION })
public class OutboundApi {
    /** {@code from}: optional; the number the customer wrote to, say (a non-standard one sends via its divert). */
    public record Request(String function, String to, String text, String from) {
    }

    @Inject
    Outbound outbound;
    @Inject
    CurrentUser user;

    @POST
    @Operation(summary = "Start a conversation or send a notification: 202 with the sending number; 403 when the "
            + "caller's business roles may not; 409 for the stop list, a carrier block or no sending number; 502 "
            + "when the SMS gateway fails")
    public Response send(@RestPath String id, Request body) {
        if (body == null) {
            throw InvalidInput.of("function", "Send {\"function\", \"to\", \"text\"}.");
        }
        Outbound.Sent sent = outbound.send(user.tenantId(), id, user.subject(), user.actor(), body.function(),
                body.to(), body.text(), body.from());
        return Response.accepted(Outbound.json(sent)).build();
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.MANAGER })
    @Operation(summary = "The latest conversations started and notifications sent on the contact point")
    public List<Map<String, Object>> recent(@RestPath String id, @RestQuery Integer limit) {
        int n = limit == null ? 50 : Math.max(1, Math.min(500, limit));
        return outbound.recent(user.tenantId(), id, n).stream().map(Outbound::json).toList();
    }
}
