package io.switchboard.sms;

import java.net.URI;
import java.util.List;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/contact-points/{id}/sms-numbers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "SMS numbers")
@RolesAllowed(Roles.ADMIN)
public class SmsNumberApi {
    /** {@code divertTo}: the standard number an incoming-only or blocked-outbound number diverts to. */
    public record Number(String number, String type, String divertTo) {
        static Number of(SmsNumberView v) {
            return new Number(v.number(), v.type().name(), v.divertTo());
        }
    }

    @Inject
    SmsNumbers numbers;
    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.MANAGER, Roles.AGENT, Roles.INTEGRATION })
    @Operation(summary = "The contact point's SMS numbers")
    public List<Number> list(@RestPath String id) {
        return numbers.list(user.tenantId(), id).stream().map(Number::of).toList();
    }

    @POST
    @Operation(summary = "Add a number (any common notation; stored as E.164). Unique per tenant.")
    public Response add(@RestPath String id, Number body) {
        if (body == null) {
            throw InvalidInput.of("number", "Send {\"number\", \"type\", \"divertTo\"}.");
        }
        SmsNumberView added = numbers.add(user.tenantId(), id, body.number(), body.type(), body.divertTo(), user.actor());
        return Response.created(URI.create("/api/v1/contact-points/" + id + "/sms-numbers/" + added.number()))
                .entity(Number.of(added)).build();
    }

    @DELETE
    @Path("{e164}")
    @Operation(summary = "Remove a number; numbers diverting to it move to another standard number, "
            + "or 409 when it is the last one")
    public Response remove(@RestPath String id, @RestPath String e164) {
        numbers.remove(user.tenantId(), id, e164, user.actor());
        return Response.noContent().build();
    }
}
