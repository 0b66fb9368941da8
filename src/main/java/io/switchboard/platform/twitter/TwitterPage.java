package io.switchboard.platform.twitter;

import java.util.List;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

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

/**
 * The Twitter/X tab: the connected account and its checklist (account, DMs from anyone) with Check again,
 * Reconnect and Disconnect (confirmed), and the Twitter/X timer overrides. Tokens are never rendered.
 */
@Path("/contact-points/{id}/twitter")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.ADMIN, Roles.MANAGER })
public class TwitterPage {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(ContactPointView cp, List<ContactPointPage.Tab> tabs,
                TwitterConnections.View view, boolean configured, String envKeys, String dmFix, boolean reconnecting,
                boolean confirmDisconnect, FieldErrors errors, String conflict, TimerForm timers, String timersAction);
    }

    @Inject
    TwitterConnections connections;
    @Inject
    ContactPoints contactPoints;
    @Inject
    Timers timers;
    @Inject
    CurrentUser user;

    @GET
    public TemplateInstance show(@RestPath String id, @RestQuery String confirm, @RestQuery String reconnect) {
        return render(id, reconnect != null, "disconnect".equals(confirm), FieldErrors.none(), null, null);
    }

    @POST
    @Path("connect")
    @RolesAllowed(Roles.ADMIN)
    public Response connect(@RestPath String id, @RestForm String accessToken, @RestForm String accessTokenSecret,
            @RestForm Long version) {
        String tenantId = user.tenantId();
        boolean wasConnected = connections.get(tenantId, id).connected();
        try {
            TwitterConnections.View v = connections.connect(tenantId, id, accessToken, accessTokenSecret,
                    version, user.actor());
            return Flash.redirect(page(id), (wasConnected ? "Reconnected" : "Connected") + " @" + v.screenName() + "."
                    + (v.allGreen() ? " Every check passed." : " Some checks need attention: see the checklist."));
        } catch (InvalidInput e) {
            return Response.status(400).entity(render(id, true, false, e.errors, null, null)).build();
        } catch (StaleUpdate | Conflict e) {
            return Response.status(409).entity(render(id, true, false, FieldErrors.none(), e.getMessage(), null)).build();
        } catch (XUnavailable e) {
            return Response.status(502).entity(render(id, true, false, FieldErrors.none(), e.getMessage(), null)).build();
        }
    }

    @POST
    @Path("check")
    @RolesAllowed(Roles.ADMIN)
    public Response check(@RestPath String id) {
        try {
            TwitterConnections.View v = connections.check(user.tenantId(), id, user.actor());
            return Flash.redirect(page(id), v.allGreen() ? "Checked: every check passed."
                    : "Checked: some checks need attention.");
        } catch (Conflict e) {
            return Response.status(409).entity(render(id, false, false, FieldErrors.none(), e.getMessage(), null)).build();
        }
    }

    @POST
    @Path("disconnect")
    @RolesAllowed(Roles.ADMIN)
    public Response disconnect(@RestPath String id, @RestForm Long version, @RestForm String confirm) {
        if (!"yes".equals(confirm)) {
            return Response.ok(render(id, false, true, FieldErrors.none(), null, null)).build();
        }
        try {
            TwitterConnections.View before = connections.get(user.tenantId(), id);
            connections.disconnect(user.tenantId(), id, version == null ? -1L : version, user.actor());
            return Flash.redirect(page(id), "Disconnected @" + before.screenName() + "; its tokens were deleted.");
        } catch (StaleUpdate | Conflict e) {
            return Response.status(409).entity(render(id, false, false, FieldErrors.none(), e.getMessage(), null)).build();
        }
    }

    @POST
    @Path("timers")
    @RolesAllowed(Roles.ADMIN)
    public Response saveTimers(@RestPath String id, @RestForm("RESPONSE_TIMEOUT") String response,
            @RestForm("INACTIVE_TIME") String inactive, @RestForm("CLOSE_TIME") String close,
            @RestForm Long version, @RestForm String clear) {
        String tenantId = user.tenantId();
        contactPoints.get(tenantId, id);
        var outcome = timers.saveForm(tenantId, id, Platform.TWITTER, TimerForm.typedOverrides(response, inactive, close),
                version, clear, user.actor());
        if (outcome.saved()) {
            return Flash.redirect(page(id) + "#timers", "Twitter/X timers saved.");
        }
        return Response.status(outcome.status())
                .entity(render(id, false, false, FieldErrors.none(), outcome.conflict(), outcome.form())).build();
    }

    private TemplateInstance render(String id, boolean reconnecting, boolean confirmDisconnect, FieldErrors errors,
            String conflict, TimerForm timerForm) {
        String tenantId = user.tenantId();
        ContactPointView cp = contactPoints.get(tenantId, id);
        return Templates.show(cp, ContactPointPage.TABS, connections.get(tenantId, id), connections.configured(),
                TwitterConnections.ENV_KEYS, TwitterChecklist.DM_FIX, reconnecting, confirmDisconnect, errors, conflict,
                timerForm != null ? timerForm : TimerForm.of(timers.level(tenantId, id, Platform.TWITTER), false),
                page(id) + "/timers");
    }

    private static String page(String id) {
        return "/contact-points/" + id + "/twitter";
    }
}
