package io.switchboard.platform.facebook;

import java.util.List;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.switchboard.common.Conflict;
import io.switchboard.common.FieldErrors;
import io.switchboard.common.InvalidInput;
import io.switchboard.common.StaleUpdate;
import io.switchboard.contactpoint.ContactPointPage;
import io.switchboard.contactpoint.ContactPointView;
import io.switchboard.contactpoint.ContactPoints;
import io.switchboard.platform.Platform;
import io.switchboard.security.CurrentUser;
import io.switchboard.security.Roles;
import io.switchboard.timer.TimerForm;
import io.switchboard.timer.Timers;
import io.switchboard.web.Flash;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The Facebook tab: connect a page, its checklist with a fix per yellow item, disconnect, the platform's timers. */
@Path("/contact-points/{id}/facebook")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.ADMIN, Roles.MANAGER })
public class FacebookPage {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(ContactPointView cp, List<ContactPointPage.Tab> tabs,
                FacebookConnections.View fb, List<String> permissions, String typedPageUrl, FieldErrors errors,
                String alert, TimerForm timers, String timersAction);
    }

    @Inject
    FacebookConnections connections;
    @Inject
    ContactPoints contactPoints;
    @Inject
    Timers timers;
    @Inject
    CurrentUser user;

    @GET
    public TemplateInstance show(@RestPath String id) {
        return page(id, "", FieldErrors.none(), null, null);
    }

    /** Connect, or reconnect (the page field left blank keeps the page). The token is never rendered back. */
    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response connect(@RestPath String id, @RestForm String userAccessToken, @RestForm String pageUrl,
            @RestForm Long version) {
        String typed = pageUrl == null ? "" : pageUrl;
        try {
            FacebookConnections.View v = connections.connect(user.tenantId(), id, userAccessToken, pageUrl,
                    version == null ? FacebookConnections.NOT_CONNECTED : version, user.actor());
            long yellow = v.checklist().stream().filter(l -> !l.green()).count();
            return Flash.redirect(location(id), "Connected “" + v.pageName() + "”. " + (yellow == 0 ? "Every item is green."
                    : yellow + (yellow == 1 ? " item needs" : " items need") + " attention; see the fix beside it."));
        } catch (InvalidInput e) {
            return Response.status(400).entity(page(id, typed, e.errors, null, null)).build();
        } catch (StaleUpdate e) {
            return Response.status(409).entity(page(id, typed, FieldErrors.none(), e.getMessage(), null)).build();
        } catch (Conflict e) {
            return Response.status(409).entity(page(id, typed, FieldErrors.none().add("pageUrl", e.getMessage()), null,
                    null)).build();
        } catch (FacebookUnavailable e) {
            return Response.status(502).entity(page(id, typed, FieldErrors.none(), e.getMessage(), null)).build();
        }
    }

    @POST
    @Path("check")
    @RolesAllowed(Roles.ADMIN)
    public Response check(@RestPath String id) {
        try {
            FacebookConnections.View v = connections.check(user.tenantId(), id, user.actor());
            long yellow = v.checklist().stream().filter(l -> !l.green()).count();
            return Flash.redirect(location(id), yellow == 0 ? "Checked: every item is green."
                    : "Checked: " + yellow + (yellow == 1 ? " item needs" : " items need") + " attention.");
        } catch (Conflict e) {
            return Response.status(409).entity(page(id, "", FieldErrors.none(), e.getMessage(), null)).build();
        }
    }

    @POST
    @Path("subscribe")
    @RolesAllowed(Roles.ADMIN)
    public Response subscribe(@RestPath String id) {
        try {
            return Flash.redirect(location(id), connections.subscribe(user.tenantId(), id, user.actor()).outcome());
        } catch (Conflict e) {
            return Response.status(409).entity(page(id, "", FieldErrors.none(), e.getMessage(), null)).build();
        }
    }

    @POST
    @Path("disconnect")
    @RolesAllowed(Roles.ADMIN)
    public Response disconnect(@RestPath String id, @RestForm Long version) {
        String name = connections.get(user.tenantId(), id).pageName();
        try {
            connections.disconnect(user.tenantId(), id, version == null ? -2L : version, user.actor());
            return Flash.redirect(location(id), "Disconnected “" + name + "”: its messages no longer reach this contact "
                    + "point, and the stored tokens were deleted.");
        } catch (Conflict | StaleUpdate e) {
            return Response.status(409).entity(page(id, "", FieldErrors.none(), e.getMessage(), null)).build();
        }
    }

    @POST
    @Path("timers")
    @RolesAllowed(Roles.ADMIN)
    public Response saveTimers(@RestPath String id, @RestForm("RESPONSE_TIMEOUT") String response,
            @RestForm("INACTIVE_TIME") String inactive, @RestForm("CLOSE_TIME") String close, @RestForm Long version,
            @RestForm String clear) {
        var outcome = timers.saveForm(user.tenantId(), id, Platform.FACEBOOK,
                TimerForm.typedOverrides(response, inactive, close), version, clear, user.actor());
        if (outcome.saved()) {
            return Flash.redirect(location(id) + "#timers", Platform.FACEBOOK.title() + " timers saved.");
        }
        return Response.status(outcome.status())
                .entity(page(id, "", FieldErrors.none(), outcome.conflict(), outcome.form())).build();
    }

    private TemplateInstance page(String id, String typedPageUrl, FieldErrors errors, String alert, TimerForm timerForm) {
        String tenantId = user.tenantId();
        ContactPointView cp = contactPoints.get(tenantId, id);
        return Templates.show(cp, ContactPointPage.TABS, connections.get(tenantId, id), connections.requiredPermissions(),
                typedPageUrl, errors, alert, timerForm != null ? timerForm
                        : TimerForm.of(timers.level(tenantId, id, Platform.FACEBOOK), false), location(id) + "/timers");
    }

    private static String location(String id) {
        return "/contact-points/" + id + "/facebook";
    }
}
