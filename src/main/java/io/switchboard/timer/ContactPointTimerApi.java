package io.switchboard.timer;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import com.fasterxml.jackson.databind.JsonNode;

import io.switchboard.security.CurrentUser;
import io.switchboard.security.Roles;
import io.switchboard.timer.TimerApi.EffectiveTimer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A contact point's (or one of its platforms') timers: whole seconds; {@code null} clears an override. */
@Path("/api/v1/contact-points/{id}/timers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Timers")
public class ContactPointTimerApi {
    @Inject
    Timers timers;
    @Inject
    CurrentUser user;
    @Inject
    io.switchboard.contactpoint.ContactPoints contactPoints;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.MANAGER, Roles.AGENT, Roles.INTEGRATION })
    @Operation(summary = "Effective timers of a contact point, or of one of its platforms, with their source")
    public Map<Timer, EffectiveTimer> effective(@RestPath String id, @RestQuery String platform) {
        return TimerApi.view(timers.level(user.tenantId(), id, TimerApi.platform(platform)));
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Override timers of a contact point or platform; null clears an override")
    public Map<Timer, EffectiveTimer> override(@RestPath String id, @RestQuery String platform, JsonNode body) {
        contactPoints.get(user.tenantId(), id); // another tenant's contact point is 404 before the body is judged
        return TimerApi.view(timers.updateOverrides(user.tenantId(), id, TimerApi.platform(platform), TimerApi.read(body), null, user.actor()));
    }
}
