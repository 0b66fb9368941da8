package io.switchboard.dashbot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.switchboard.common.Conflict;
import io.switchboard.common.FieldErrors;
import io.switchboard.common.InvalidInput;
import io.switchboard.common.NotFound;
import io.switchboard.common.StaleUpdate;
import io.switchboard.contactpoint.ContactPointView;
import io.switchboard.contactpoint.ContactPoints;
import io.switchboard.security.CurrentUser;
import io.switchboard.security.Roles;
import io.switchboard.web.Flash;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** {@code /integrations/dashbot}: settings, backfill, how forwarding goes (with a chart), dead letters. */
@Path("/integrations/dashbot")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.ADMIN, Roles.MANAGER })
public class DashbotPage {
    /** One bar of the deliveries-per-minute chart, in SVG user units (600 × 120). */
    public record Bar(int x, int y, int height, String title) {
    }

    public record Chart(List<Bar> bars, long max, long total) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(DashbotSettings.View settings, List<ContactPointView> contactPoints,
                Map<String, String> typed, List<String> chosen, FieldErrors errors, String conflict,
                DashbotStatus.Counts counts, Chart chart, List<DashbotStatus.DeadLetter> dead,
                List<DashbotQueue.Queued> queued, String hookUrl, String typedBackfill, List<String> backfillErrors);
    }

    @Inject
    DashbotSettings settings;
    @Inject
    DashbotQueue queue;
    @Inject
    DashbotStatus status;
    @Inject
    DashbotForwarder forwarder;
    @Inject
    DashbotConnection connection;
    @Inject
    ContactPoints contactPoints;
    @Inject
    CurrentUser user;
    @Context
    UriInfo uri;

    @GET
    public TemplateInstance show() {
        DashbotSettings.View v = settings.get(user.tenantId());
        return render(typed(v), v.contactPoints(), FieldErrors.none(), null, "", List.of());
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response save(@RestForm String enabled, @RestForm String quiqBaseUrl, @RestForm String quiqAuth,
            @RestForm String quiqApiKey, @RestForm String quiqApiSecret, @RestForm String dashbotUrl,
            @RestForm String dashbotApiKey, @RestForm String hookToken, @RestForm List<String> contactPoints,
            @RestForm List<String> remove, @RestForm Long version) {
        Map<String, String> secrets = new LinkedHashMap<>();
        putSecret(secrets, "quiqApiKey", quiqApiKey, remove);
        putSecret(secrets, "quiqApiSecret", quiqApiSecret, remove);
        putSecret(secrets, "dashbotApiKey", dashbotApiKey, remove);
        putSecret(secrets, "hookToken", hookToken, remove);
        List<String> chosen = contactPoints == null ? List.of() : contactPoints;
        Map<String, String> typed = new HashMap<>();
        typed.put("enabled", enabled != null ? "on" : "");
        typed.put("quiqBaseUrl", quiqBaseUrl == null ? "" : quiqBaseUrl);
        typed.put("quiqAuth", quiqAuth == null ? "BEARER" : quiqAuth);
        typed.put("dashbotUrl", dashbotUrl == null ? "" : dashbotUrl);
        try {
            settings.update(user.tenantId(), new DashbotSettings.Change(enabled != null, quiqBaseUrl == null ? "" : quiqBaseUrl,
                    quiqAuth, dashbotUrl == null ? "" : dashbotUrl, chosen, secrets, version == null ? -1L : version),
                    user.actor());
            return Flash.redirect("/integrations/dashbot", "Dashbot settings saved.");
        } catch (InvalidInput e) {
            return Response.status(400).entity(render(typed, chosen, e.errors, null, "", List.of())).build();
        } catch (StaleUpdate | Conflict e) {
            return Response.status(409).entity(render(typed, chosen, FieldErrors.none(), e.getMessage(), "", List.of()))
                    .build();
        }
    }

    @POST
    @Path("test")
    @RolesAllowed(Roles.ADMIN)
    public Response test() {
        return Flash.redirect("/integrations/dashbot#settings", String.join(" ", connection.test(user.tenantId())));
    }

    @POST
    @Path("backfill")
    @RolesAllowed(Roles.ADMIN)
    public Response backfill(@RestForm String conversationIds) {
        String typed = conversationIds == null ? "" : conversationIds;
        try {
            int added = queue.backfill(user.tenantId(), List.of(typed.split("[\\s,]+")), user.actor());
            return Flash.redirect("/integrations/dashbot#backfill", added + (added == 1 ? " conversation" : " conversations")
                    + " queued; the next run forwards them.");
        } catch (InvalidInput e) {
            DashbotSettings.View v = settings.get(user.tenantId());
            return Response.status(400).entity(render(typed(v), v.contactPoints(), FieldErrors.none(), null, typed,
                    e.errors.all("conversationIds"))).build();
        }
    }

    @POST
    @Path("run")
    @RolesAllowed(Roles.ADMIN)
    public Response run() {
        DashbotForwarder.Run r = forwarder.run(user.tenantId());
        return Flash.redirect("/integrations/dashbot", "Run finished: " + r.conversations() + " conversations fetched ("
                + r.skipped() + " skipped), " + r.sent() + " messages sent, " + r.failed() + " to retry, " + r.dead()
                + " dead, " + r.tooOld() + " too old.");
    }

    @POST
    @Path("retry")
    @RolesAllowed(Roles.ADMIN)
    public Response retry(@RestForm String conversationId, @RestForm String messageId) {
        try {
            status.retry(user.tenantId(), conversationId, messageId, user.actor());
            return Flash.redirect("/integrations/dashbot#dead", "Message " + messageId + " will be sent again on the next run.");
        } catch (NotFound e) {
            return Flash.redirect("/integrations/dashbot#dead", e.getMessage());
        }
    }

    private TemplateInstance render(Map<String, String> typed, List<String> chosen, FieldErrors errors, String conflict,
            String typedBackfill, List<String> backfillErrors) {
        String tenantId = user.tenantId();
        return Templates.show(settings.get(tenantId), contactPoints.list(tenantId), typed, chosen, errors, conflict,
                status.counts(tenantId), chart(status.lastHour(tenantId)), status.dead(tenantId, 50),
                queue.recent(tenantId, 10), uri.getBaseUri().resolve("/hooks/quiq/" + tenantId).toString(), typedBackfill,
                backfillErrors);
    }

    static Chart chart(List<DashbotStatus.Minute> minutes) {
        long max = Math.max(1, minutes.stream().mapToLong(DashbotStatus.Minute::sent).max().orElse(0));
        List<Bar> bars = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < minutes.size(); i++) {
            DashbotStatus.Minute m = minutes.get(i);
            int h = (int) Math.round(110.0 * m.sent() / max);
            bars.add(new Bar(i * 10, 120 - h, h, io.switchboard.common.Times.format(m.at()) + ": " + m.sent() + " sent"));
            total += m.sent();
        }
        return new Chart(bars, max, total);
    }

    private static Map<String, String> typed(DashbotSettings.View v) {
        Map<String, String> t = new HashMap<>();
        t.put("enabled", v.enabled() ? "on" : "");
        t.put("quiqBaseUrl", v.quiqBaseUrl() == null ? "" : v.quiqBaseUrl());
        t.put("quiqAuth", v.quiqAuth());
        t.put("dashbotUrl", v.dashbotUrl());
        return t;
    }

    /** A blank password field keeps the stored secret; "remove" ticked clears it. */
    private static void putSecret(Map<String, String> secrets, String name, String value, List<String> remove) {
        if (remove != null && remove.contains(name)) {
            secrets.put(name, "");
        } else if (value != null && !value.isBlank()) {
            secrets.put(name, value);
        }
    }
}
