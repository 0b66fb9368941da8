package io.switchboard.contactpoint;

import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.switchboard.common.Conflict;
import io.switchboard.common.FieldErrors;
import io.switchboard.common.InvalidInput;
import io.switchboard.common.StaleUpdate;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.switchboard.outbound.Outbound;
import io.switchboard.outbound.OutboundForm;
import io.switchboard.outbound.OutboundFunction;
import io.switchboard.outbound.OutboundRoles;
import io.switchboard.security.CurrentUser;
import io.switchboard.timer.TimerForm;
import io.switchboard.timer.Timers;
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

@Path("/contact-points")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.ADMIN, Roles.MANAGER })
public class ContactPointPage {
    /** Tabs of a contact point, each served by its feature's page at {@code /contact-points/{id}/{slug}}. */
    public static final List<Tab> TABS = List.of(new Tab("general", "General"), new Tab("sms", "SMS"),
            new Tab("web-chat", "Web Chat"), new Tab("facebook", "Facebook"), new Tab("twitter", "Twitter/X"),
            new Tab("platforms", "Platforms"));

    public record Tab(String slug, String title) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<ContactPointView> contactPoints, Map<String, String> typed,
                FieldErrors errors);

        static native TemplateInstance show(ContactPointView cp, List<Tab> tabs, String typedLabel,
                FieldErrors errors, String conflict, TimerForm timers, OutboundForm outbound);

    }

    @Inject
    ContactPoints contactPoints;
    @Inject
    CurrentUser user;
    @Inject
    Timers timers;
    @Inject
    OutboundRoles outboundRoles;
    @Inject
    Outbound outbound;

    @GET
    public TemplateInstance list() {
        return Templates.list(contactPoints.list(user.tenantId()), Map.of(), FieldErrors.none());
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response create(@RestForm String id, @RestForm String label) {
        try {
            ContactPointView created = contactPoints.create(user.tenantId(), id, label, user.actor());
            return Flash.redirect("/contact-points/" + created.id(), "Contact point “" + created.id() + "” created.");
        } catch (InvalidInput e) {
            Map<String, String> typed = Map.of("id", id == null ? "" : id, "label", label == null ? "" : label);
            return Response.status(400)
                    .entity(Templates.list(contactPoints.list(user.tenantId()), typed, e.errors)).build();
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@RestPath String id) {
        ContactPointView cp = contactPoints.get(user.tenantId(), id);
        return general(cp, cp.label(), FieldErrors.none(), null, cpTimers(id), null);
    }

    /**
     * The General form's Save: the label (admins) and the outbound roles (admins and managers) together, all or
     * nothing. A manager's form has no label field; a label sent by a manager is refused.
     */
    @POST
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.MANAGER })
    public Response save(@RestPath String id, @RestForm String label, @RestForm Long version,
            @RestForm("START_CONVERSATION") List<String> start, @RestForm("SEND_NOTIFICATION") List<String> notify,
            @RestForm String outboundRoles) {
        String tenantId = user.tenantId();
        contactPoints.get(tenantId, id); // another tenant's contact point: 404 before anything else
        if (label != null && !user.isAdmin()) {
            throw new io.quarkus.security.ForbiddenException("Only admins rename contact points");
        }
        Map<OutboundFunction, List<String>> typed = null;
        if (outboundRoles != null) {
            typed = new java.util.EnumMap<>(OutboundFunction.class);
            typed.put(OutboundFunction.START_CONVERSATION, start == null ? List.of() : start);
            typed.put(OutboundFunction.SEND_NOTIFICATION, notify == null ? List.of() : notify);
        }
        Map<OutboundFunction, List<String>> roles = typed;
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (label != null) {
                    contactPoints.rename(tenantId, id, label, version == null ? -1L : version, user.actor());
                }
                if (roles != null) { // the label's save already checked the version the user saw
                    this.outboundRoles.set(tenantId, id, roles, label != null ? null : version == null ? -1L : version,
                            user.actor());
                }
            });
            return Flash.redirect("/contact-points/" + id, "Saved.");
        } catch (InvalidInput e) {
            ContactPointView cp = contactPoints.get(tenantId, id);
            return Response.status(400).entity(general(cp, label == null ? cp.label() : label, e.errors, null,
                    cpTimers(id), this.outboundRoles.form(tenantId, id, roles, e.errors, outbound.recent(tenantId, id, 20))))
                    .build();
        } catch (StaleUpdate e) {
            ContactPointView cp = contactPoints.get(tenantId, id);
            return Response.status(409).entity(general(cp, label, FieldErrors.none(), e.getMessage(), cpTimers(id),
                    this.outboundRoles.form(tenantId, id, roles, FieldErrors.none(), outbound.recent(tenantId, id, 20))))
                    .build();
        }
    }

    private TemplateInstance general(ContactPointView cp, String label, FieldErrors errors, String conflict,
            TimerForm timerForm, OutboundForm outboundForm) {
        String tenantId = user.tenantId();
        return Templates.show(cp, TABS, label, errors, conflict, timerForm, outboundForm != null ? outboundForm
                : outboundRoles.form(tenantId, cp.id(), null, FieldErrors.none(), outbound.recent(tenantId, cp.id(), 20)));
    }

    @POST
    @Path("{id}/delete")
    @RolesAllowed(Roles.ADMIN)
    public Response delete(@RestPath String id, @RestForm Long version) {
        try {
            contactPoints.delete(user.tenantId(), id, version == null ? -1L : version, user.actor());
            return Flash.redirect("/contact-points", "Contact point “" + id + "” deleted.");
        } catch (Conflict | StaleUpdate e) {
            ContactPointView cp = contactPoints.get(user.tenantId(), id);
            return Response.status(409).entity(general(cp, cp.label(), FieldErrors.none(), e.getMessage(), cpTimers(id),
                    null)).build();
        }
    }

    @POST
    @Path("{id}/timers")
    @RolesAllowed(Roles.ADMIN)
    public Response saveTimers(@RestPath String id, @RestForm("RESPONSE_TIMEOUT") String response,
            @RestForm("INACTIVE_TIME") String inactive, @RestForm("CLOSE_TIME") String close,
            @RestForm Long version, @RestForm String clear) {
        var outcome = timers.saveForm(user.tenantId(), id, null, TimerForm.typedOverrides(response, inactive, close),
                version, clear, user.actor());
        if (outcome.saved()) {
            return Flash.redirect("/contact-points/" + id + "#timers", "Timers saved.");
        }
        ContactPointView cp = contactPoints.get(user.tenantId(), id);
        return Response.status(outcome.status()).entity(general(cp, cp.label(), FieldErrors.none(), outcome.conflict(),
                outcome.form(), null)).build();
    }

    private TimerForm cpTimers(String id) {
        return TimerForm.of(timers.level(user.tenantId(), id, null), false);
    }
}
