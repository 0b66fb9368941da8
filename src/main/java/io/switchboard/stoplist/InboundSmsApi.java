package io.switchboard.stoplist;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.switchboard.common.InvalidInput;
import io.switchboard.security.CurrentUser;
import io.switchboard.security.Roles;
import io.switchboard.stoplist.StopListViews.InboundResult;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/inbound/sms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Inbound SMS")
@RolesAllowed({ Roles.INTEGRATION, Roles.AGENT, Roles.ADMIN })
public class InboundSmsApi {
    public record Message(String to, String from, String text) {
    }

    public record Outcome(String contactPoint, String action) {
    }

    @Inject
    StopLists stopLists;
    @Inject
    CurrentUser user;

    @POST
    @Operation(summary = "An inbound SMS: a lone opt-out/opt-in keyword changes the receiving contact point's stop list; "
            + "404 when no contact point has the 'to' number")
    public Outcome receive(Message body) {
        if (body == null) {
            throw InvalidInput.of("to", "Send {\"to\", \"from\", \"text\"}.");
        }
        InboundResult r = stopLists.inbound(user.tenantId(), body.to(), body.from(), body.text());
        return new Outcome(r.contactPoint(), r.action().name());
    }
}
