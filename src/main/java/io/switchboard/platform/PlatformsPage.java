package io.switchboard.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.switchboard.common.Conflict;
import io.switchboard.common.FieldErrors;
import io.switchboard.common.InvalidInput;
import io.switchboard.common.NotFound;
import io.switchboard.common.StaleUpdate;
import io.switchboard.contactpoint.ContactPointPage;
import io.switchboard.contactpoint.ContactPointView;
import io.switchboard.contactpoint.ContactPoints;
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
 * The Platforms tab: the request/enable workflow of Apple Messages for Business, Google RBM and WhatsApp with status,
 * next actions, history and each one's timer overrides; Google Business Messages shown as retired; and a summary of
 * every platform's effective timers with a link to the tab where each is edited.
 */
@Path("/contact-points/{id}/platforms")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.ADMIN, Roles.MANAGER })
public class PlatformsPage {
    /** One platform's section: what it shows, the values in its form (typed after a refusal) and its errors. */
    public record Section(PlatformRequests.View view, List<PlatformDetails.Field> fields, Map<String, String> values,
            String reason, FieldErrors errors, String conflict, TimerForm timers) {
        /** The request's details can be typed: before a request and after a rejection. */
        public boolean editable() {
            return view.status() == PlatformStatus.NOT_REQUESTED || view.status() == PlatformStatus.REJECTED;
        }

        /** The request waits for the platform's answer. */
        public boolean pending() {
            return view.status() == PlatformStatus.REQUESTED;
        }

        public String value(String field) {
            String v = values.get(field);
            return v == null ? "" : v;
        }

        public List<PlatformDetails.Field> requestFields() {
            return fields.stream().filter(f -> !f.onApproval()).toList();
        }

        public List<PlatformDetails.Field> approvalFields() {
            return fields.stream().filter(PlatformDetails.Field::onApproval).toList();
        }

        /** The stored details with their labels, for reading. */
        public List<PlatformDetails.Field> storedFields() {
            return fields.stream().filter(f -> view.details().containsKey(f.name())).toList();
        }

        public String retiredMessage() {
            return PlatformWorkflow.retiredMessage(view.platform());
        }
    }

    /** A platform's effective timers in the summary and where they are edited (null: nowhere, it is retired). */
    public record SummaryRow(Platform platform, List<TimerForm.Row> timers, String editHref, String editedOn) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(ContactPointView cp, List<ContactPointPage.Tab> tabs, List<Section> sections,
                List<SummaryRow> summary, String conflict);
    }

    @Inject
    PlatformRequests requests;
    @Inject
    ContactPoints contactPoints;
    @Inject
    Timers timers;
    @Inject
    CurrentUser user;

    @GET
    public TemplateInstance show(@RestPath String id) {
        return render(id, null, null, null, null);
    }

    /** The section's one form: its buttons name the action; details, agent ID and reason go with it. */
    @POST
    @Path("{platform}")
    @RolesAllowed(Roles.ADMIN)
    public Response change(@RestPath String id, @RestPath String platform, @RestForm String action,
            @RestForm Long version, @RestForm String reason, @RestForm String accountId, @RestForm String brandName,
            @RestForm String contactEmail, @RestForm String agentName, @RestForm String agentId,
            @RestForm String phoneNumber, @RestForm String displayName, @RestForm String businessAccountId) {
        String tenantId = user.tenantId();
        Platform p = shown(platform);
        contactPoints.get(tenantId, id);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("accountId", accountId);
        form.put("brandName", brandName);
        form.put("contactEmail", contactEmail);
        form.put("agentName", agentName);
        form.put(PlatformDetails.AGENT_ID, agentId);
        form.put("phoneNumber", phoneNumber);
        form.put("displayName", displayName);
        form.put("businessAccountId", businessAccountId);
        PlatformAction a = PlatformAction.parse(action);
        Map<String, String> typed = new LinkedHashMap<>();
        for (PlatformDetails.Field f : PlatformDetails.fields(p)) {
            boolean sent = a == PlatformAction.REQUEST ? !f.onApproval() : f.onApproval() && a == PlatformAction.APPROVE;
            if (sent) {
                typed.put(f.name(), form.get(f.name()) == null ? "" : form.get(f.name()));
            }
        }
        Section failed;
        int status;
        try {
            if (a == null) {
                throw InvalidInput.of("action", "Choose one of the buttons.");
            }
            requests.change(tenantId, id, p, a, typed, reason, version == null ? -2L : version, user.actor());
            return Flash.redirect("/contact-points/" + id + "/platforms#" + p.slug(), p.title() + done(a));
        } catch (InvalidInput e) {
            failed = new Section(null, null, typed, reason, e.errors, null, null);
            status = 400;
        } catch (Conflict | StaleUpdate e) {
            failed = new Section(null, null, typed, reason, FieldErrors.none(), e.getMessage(), null);
            status = 409;
        }
        return Response.status(status).entity(render(id, p, failed, null, status == 409 ? failed.conflict() : null)).build();
    }

    @POST
    @Path("{platform}/timers")
    @RolesAllowed(Roles.ADMIN)
    public Response saveTimers(@RestPath String id, @RestPath String platform,
            @RestForm("RESPONSE_TIMEOUT") String response, @RestForm("INACTIVE_TIME") String inactive,
            @RestForm("CLOSE_TIME") String close, @RestForm Long version, @RestForm String clear) {
        String tenantId = user.tenantId();
        Platform p = Platform.fromSlugOrName(platform);
        if (p == null) {
            throw new NotFound("There is no platform “" + platform + "”.");
        }
        contactPoints.get(tenantId, id);
        if (!PlatformRequests.SHOWN.contains(p)) {
            throw new NotFound("The timers of " + p.title() + " are edited on its own tab.");
        }
        var outcome = timers.saveForm(tenantId, id, p, TimerForm.typedOverrides(response, inactive, close), version, clear,
                user.actor());
        if (outcome.saved()) {
            return Flash.redirect("/contact-points/" + id + "/platforms#" + p.slug(), p.title() + " timers saved.");
        }
        return Response.status(outcome.status()).entity(render(id, p, null, outcome.form(), outcome.conflict())).build();
    }

    /** The tab; the platform just submitted keeps what was typed ({@code failed}, {@code failedTimers}) and its errors. */
    private TemplateInstance render(String id, Platform submitted, Section failed, TimerForm failedTimers, String conflict) {
        String tenantId = user.tenantId();
        ContactPointView cp = contactPoints.get(tenantId, id);
        var levels = timers.platformLevels(tenantId, id);
        List<Section> sections = new ArrayList<>();
        for (PlatformRequests.View v : requests.list(tenantId, id)) {
            Platform p = v.platform();
            TimerForm t = p == submitted && failedTimers != null ? failedTimers : TimerForm.of(levels.get(p), false);
            if (p == submitted && failed != null) {
                Map<String, String> values = new LinkedHashMap<>(v.details());
                values.putAll(failed.values());
                sections.add(new Section(v, PlatformDetails.fields(p), values, failed.reason(), failed.errors(),
                        failed.conflict(), t));
            } else {
                sections.add(new Section(v, PlatformDetails.fields(p), v.details(), "", FieldErrors.none(), null, t));
            }
        }
        List<SummaryRow> summary = new ArrayList<>();
        for (Platform p : Platform.values()) {
            String base = "/contact-points/" + cp.id();
            String href = switch (p) {
                case SMS -> base + "/sms#timers";
                case WEB_CHAT -> base + "/web-chat#timers";
                case FACEBOOK -> base + "/facebook#timers";
                case TWITTER -> base + "/twitter#timers";
                case GOOGLE_MESSAGES -> null;
                default -> base + "/platforms#" + p.slug();
            };
            String on = switch (p) {
                case SMS -> "SMS tab";
                case WEB_CHAT -> "Web Chat tab";
                case FACEBOOK -> "Facebook tab";
                case TWITTER -> "Twitter/X tab";
                case GOOGLE_MESSAGES -> null;
                default -> "this tab";
            };
            summary.add(new SummaryRow(p, TimerForm.of(levels.get(p), false).rows(), href, on));
        }
        return Templates.show(cp, ContactPointPage.TABS, sections, summary, conflict);
    }

    private static Platform shown(String platform) {
        Platform p = Platform.fromSlugOrName(platform);
        if (p == null || !PlatformRequests.SHOWN.contains(p)) {
            throw new NotFound("There is no platform “" + platform + "” on the Platforms tab.");
        }
        return p;
    }

    private static String done(PlatformAction a) {
        return switch (a) {
            case REQUEST -> ": request submitted.";
            case WITHDRAW -> ": request withdrawn.";
            case APPROVE -> ": approval recorded.";
            case REJECT -> ": rejection recorded.";
            case ENABLE -> " enabled.";
            case DISABLE -> " disabled.";
        };
    }
}
