package io.switchboard.outbound;

import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.switchboard.common.FieldErrors;
import io.switchboard.common.InvalidInput;
import io.switchboard.common.NotFound;
import io.switchboard.security.CurrentUser;
import io.switchboard.security.Roles;
import io.switchboard.web.Flash;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code /send}: an agent starts a conversation or sends a notification, and sees where they may not and why. */
@Path("/send")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.ADMIN, Roles.MANAGER, Roles.AGENT })
public class SendPage {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(List<Outbound.Standing> standings, List<String> myRoles,
                List<OutboundFunction> functions, Map<String, String> typed, FieldErrors errors, String refused);
    }

    @Inject
    Outbound outbound;
    @Inject
    BusinessRoles roles;
    @Inject
    CurrentUser user;

    @GET
    public TemplateInstance show() {
        return render(Map.of(), FieldErrors.none(), null);
    }

    @POST
    public Response send(@RestForm String contactPoint, @RestForm String function, @RestForm String to,
            @RestForm String text) {
        Map<String, String> typed = new java.util.HashMap<>();
        typed.put("contactPoint", contactPoint == null ? "" : contactPoint);
        typed.put("function", function == null ? "" : function);
        typed.put("to", to == null ? "" : to);
        typed.put("text", text == null ? "" : text);
        try {
            if (contactPoint == null || contactPoint.isBlank()) {
                throw InvalidInput.of("contactPoint", "Choose the contact point to send from.");
            }
            Outbound.Sent sent = outbound.send(user.tenantId(), contactPoint, user.subject(), user.actor(), function, to,
                    text, null);
            String done = sent.function() == OutboundFunction.START_CONVERSATION
                    ? "Conversation with " + sent.to() + " started from " + sent.from() + " and assigned to you."
                    : "Notification sent to " + sent.to() + " from " + sent.from() + ".";
            return Flash.redirect("/send", done);
        } catch (InvalidInput e) {
            return Response.status(400).entity(render(typed, e.errors, null)).build();
        } catch (OutboundRefused e) {
            return Response.status(e.refusal.status).entity(render(typed, FieldErrors.none(), e.getMessage())).build();
        } catch (SmsGateway.Failure e) {
            return Response.status(502).entity(render(typed, FieldErrors.none(),
                    e.getMessage() + " Nothing was sent; try again.")).build();
        } catch (NotFound e) {
            return Response.status(404).entity(render(typed, FieldErrors.none().add("contactPoint", e.getMessage()), null))
                    .build();
        }
    }

    private TemplateInstance render(Map<String, String> typed, FieldErrors errors, String refused) {
        String tenantId = user.tenantId();
        return Templates.show(outbound.standings(tenantId, user.subject()),
                List.copyOf(roles.rolesOf(tenantId, user.subject())), List.of(OutboundFunction.values()), typed, errors,
                refused);
    }
}
