package io.switchboard.timer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.switchboard.common.FieldErrors;
import io.switchboard.common.InvalidInput;
import io.switchboard.common.StaleUpdate;
import io.switchboard.platform.Platform;
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

@Path("/timers")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.ADMIN, Roles.MANAGER })
public class TimerPage {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(TimerForm form, String conflict);

        static native TemplateInstance matrix(TimerMatrix matrix, List<Platform> platforms, List<Timer> timers);
    }

    @Inject
    Timers timers;
    @Inject
    CurrentUser user;

    @GET
    public TemplateInstance show() {
        return Templates.show(TimerForm.of(timers.tenant(user.tenantId()), true), null);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response save(@RestForm("INVITATION_TIMEOUT") String invitation, @RestForm("RESPONSE_TIMEOUT") String response,
            @RestForm("ART_MINIMUM") String artMinimum, @RestForm("ART_MAXIMUM") String artMaximum,
            @RestForm("INACTIVE_TIME") String inactive, @RestForm("CLOSE_TIME") String close, @RestForm Long version) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put(Timer.INVITATION_TIMEOUT.name(), invitation);
        typed.put(Timer.RESPONSE_TIMEOUT.name(), response);
        typed.put(Timer.ART_MINIMUM.name(), artMinimum);
        typed.put(Timer.ART_MAXIMUM.name(), artMaximum);
        typed.put(Timer.INACTIVE_TIME.name(), inactive);
        typed.put(Timer.CLOSE_TIME.name(), close);
        typed.values().removeIf(v -> v == null);
        FieldErrors errors = FieldErrors.none();
        try {
            Map<Timer, Long> changes = TimerForm.parse(typed, true, null, errors);
            errors.throwIfAny();
            timers.updateTenant(user.tenantId(), changes, version == null ? -2L : version, user.actor());
            return Flash.redirect("/timers", "Tenant timers saved.");
        } catch (InvalidInput e) {
            return Response.status(400).entity(Templates.show(
                    TimerForm.of(timers.tenant(user.tenantId()), true, typed, e.errors), null)).build();
        } catch (StaleUpdate e) {
            return Response.status(409).entity(Templates.show(
                    TimerForm.of(timers.tenant(user.tenantId()), true, typed, FieldErrors.none()), e.getMessage()))
                    .build();
        }
    }

    @GET
    @Path("matrix")
    public TemplateInstance matrix() {
        return Templates.matrix(timers.matrix(user.tenantId()), List.of(Platform.values()),
                Timer.OVERRIDABLE);
    }
}
