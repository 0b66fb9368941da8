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

@Path("/contact-points")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.ADMIN, Roles.MANAGER })
public class ContactPointPage {
    /** Tabs of a contact point; General is built, the others arrive with their features. */
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
                FieldErrors errors, String conflict);

        static native TemplateInstance tab(ContactPointView cp, List<Tab> tabs, Tab tab);
    }

    @Inject
    ContactPoints contactPoints;
    @Inject
    CurrentUser user;

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
        return Templates.show(cp, TABS, cp.label(), FieldErrors.none(), null);
    }

    @POST
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    public Response rename(@RestPath String id, @RestForm String label, @RestForm Long version) {
        try {
            contactPoints.rename(user.tenantId(), id, label, version == null ? -1L : version, user.actor());
            return Flash.redirect("/contact-points/" + id, "Saved.");
        } catch (InvalidInput e) {
            return Response.status(400).entity(
                    Templates.show(contactPoints.get(user.tenantId(), id), TABS, label, e.errors, null)).build();
        } catch (StaleUpdate e) {
            return Response.status(409).entity(
                    Templates.show(contactPoints.get(user.tenantId(), id), TABS, label, FieldErrors.none(),
                            e.getMessage())).build();
        }
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
            return Response.status(409).entity(Templates.show(cp, TABS, cp.label(), FieldErrors.none(),
                    e.getMessage())).build();
        }
    }

    @GET
    @Path("{id}/{tab}")
    public TemplateInstance tab(@RestPath String id, @RestPath String tab) {
        ContactPointView cp = contactPoints.get(user.tenantId(), id);
        Tab selected = TABS.stream().filter(t -> t.slug().equals(tab) && !t.slug().equals("general")).findFirst()
                .orElseThrow(() -> new io.switchboard.common.NotFound("There is no tab “" + tab + "”."));
        return Templates.tab(cp, TABS, selected);
    }
}
