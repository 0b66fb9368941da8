package io.switchboard.sms;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.switchboard.common.Conflict;
import io.switchboard.common.FieldErrors;
import io.switchboard.common.InvalidInput;
import io.switchboard.platform.Platform;
import io.switchboard.contactpoint.ContactPointPage;
import io.switchboard.contactpoint.ContactPointView;
import io.switchboard.contactpoint.ContactPoints;
import io.switchboard.security.CurrentUser;
import io.switchboard.security.Roles;
import io.switchboard.stoplist.StopListSource;
import io.switchboard.stoplist.StopListViews;
import io.switchboard.stoplist.StopLists;
import io.switchboard.timer.TimerForm;
import io.switchboard.timer.Timers;
import io.switchboard.web.Flash;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The SMS tab of a contact point: its numbers, its stop list with bulk edits, the review queue and export. */
@Path("/contact-points/{id}/sms")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.ADMIN, Roles.MANAGER })
public class SmsTabPage {
    /** What the number form and the stop-list form show: typed values and errors of the one just submitted. */
    public record Forms(Map<String, String> typedNumber, FieldErrors numberErrors, String typedStopList,
            List<String> stopListErrors, List<String> importErrors, String conflict) {
        static Forms blank() {
            return new Forms(Map.of(), FieldErrors.none(), "", List.of(), List.of(), null);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(ContactPointView cp, List<ContactPointPage.Tab> tabs,
                List<SmsNumberView> numbers, List<SmsNumberType> types, StopListViews.Page stopList,
                List<StopListViews.Review> reviews, Forms forms, TimerForm timers);

        static native TemplateInstance number(ContactPointView cp, List<ContactPointPage.Tab> tabs,
                StopListViews.Status status, String number, List<StopListViews.HistoryRow> history);
    }

    @Inject
    ContactPoints contactPoints;
    @Inject
    SmsNumbers numbers;
    @Inject
    StopLists stopLists;
    @Inject
    CurrentUser user;
    @Inject
    Timers timers;

    @GET
    public TemplateInstance show(@RestPath String id, @RestQuery String q, @RestQuery Integer page,
            @RestQuery String after, @RestQuery String before) {
        String tenantId = user.tenantId();
        ContactPointView cp = contactPoints.get(tenantId, id);
        return render(cp, stopLists.page(tenantId, id, q, page == null ? 1 : page, after, before), Forms.blank(), null);
    }

    @POST
    @Path("numbers")
    @RolesAllowed(Roles.ADMIN)
    public Response addNumber(@RestPath String id, @RestForm String number, @RestForm String type,
            @RestForm String divertTo) {
        try {
            SmsNumberView added = numbers.add(user.tenantId(), id, number, type, divertTo, user.actor());
            return Flash.redirect(base(id) + "#numbers", added.number() + " added as " + added.type().title + ".");
        } catch (InvalidInput e) {
            Map<String, String> typed = new java.util.HashMap<>();
            typed.put("number", number == null ? "" : number);
            typed.put("type", type == null ? "" : type);
            typed.put("divertTo", divertTo == null ? "" : divertTo);
            return Response.status(400).entity(render(id, null, null,
                    new Forms(typed, e.errors, "", List.of(), List.of(), null))).build();
        }
    }

    @POST
    @Path("numbers/{number}/delete")
    @RolesAllowed(Roles.ADMIN)
    public Response removeNumber(@RestPath String id, @RestPath String number) {
        try {
            SmsNumbers.Removal r = numbers.remove(user.tenantId(), id, number, user.actor());
            String message = r.removed().number() + " removed.";
            if (!r.rediverted().isEmpty()) {
                message += " " + String.join(", ", r.rediverted()) + " now divert" + (r.rediverted().size() == 1 ? "s" : "")
                        + " to " + r.newTarget() + ".";
            }
            return Flash.redirect(base(id) + "#numbers", message);
        } catch (Conflict e) {
            return Response.status(409).entity(render(id, null, null,
                    new Forms(Map.of(), FieldErrors.none(), "", List.of(), List.of(), e.getMessage()))).build();
        }
    }

    /** One list of numbers typed by the admin, added or removed by the button pressed. */
    @POST
    @Path("stop-list")
    @RolesAllowed(Roles.ADMIN)
    public Response changeStopList(@RestPath String id, @RestForm String numbers, @RestForm String op) {
        boolean remove = "remove".equals(op);
        try {
            StopListViews.Change c = stopLists.change(user.tenantId(), id, remove ? null : numbers,
                    remove ? numbers : null, StopListSource.ADMIN, user.actor());
            return Flash.redirect(base(id) + "#stop-list", summary(c));
        } catch (InvalidInput e) {
            List<String> errors = new ArrayList<>(e.errors.all("add"));
            errors.addAll(e.errors.all("remove"));
            return Response.status(400).entity(render(id, null, null,
                    new Forms(Map.of(), FieldErrors.none(), numbers == null ? "" : numbers, errors, List.of(), null))).build();
        }
    }

    /** A CSV file uploaded from the tab: all or nothing, like the API's import. */
    @POST
    @Path("stop-list/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.ADMIN)
    public Response importFile(@RestPath String id, @RestForm("file") FileUpload file) throws IOException {
        List<String> errors;
        if (file == null || file.fileName() == null || file.fileName().isBlank()) {
            errors = List.of("Choose a CSV file to import.");
        } else {
            try {
                StopListViews.Change c = stopLists.importCsv(user.tenantId(), id,
                        Files.readString(file.uploadedFile(), StandardCharsets.UTF_8), user.actor());
                String message = count(c.added().size()) + " from " + file.fileName() + " added to the stop list.";
                if (!c.alreadyListed().isEmpty()) {
                    message += " " + count(c.alreadyListed().size()) + " already on it.";
                }
                return Flash.redirect(base(id) + "#stop-list", message);
            } catch (InvalidInput e) {
                errors = e.errors.all("file");
            } catch (java.nio.charset.MalformedInputException e) {
                errors = List.of("The file is not UTF-8 text. Save it as CSV (UTF-8) and try again.");
            }
        }
        return Response.status(400).entity(render(id, null, null,
                new Forms(Map.of(), FieldErrors.none(), "", List.of(), errors, null))).build();
    }

    @POST
    @Path("reviews/{review}/apply")
    @RolesAllowed(Roles.ADMIN)
    public Response applyReview(@RestPath String id, @RestPath long review) {
        try {
            StopListViews.Review r = stopLists.applyReview(user.tenantId(), id, review, user.actor());
            return Flash.redirect(base(id) + "#review", r.number() + " added to the stop list.");
        } catch (Conflict e) {
            return Flash.redirect(base(id) + "#review", e.getMessage());
        }
    }

    @POST
    @Path("reviews/{review}/dismiss")
    @RolesAllowed(Roles.ADMIN)
    public Response dismissReview(@RestPath String id, @RestPath long review) {
        try {
            StopListViews.Review r = stopLists.dismissReview(user.tenantId(), id, review, user.actor());
            return Flash.redirect(base(id) + "#review", "Message from " + r.number() + " dismissed; the stop list is unchanged.");
        } catch (Conflict e) {
            return Flash.redirect(base(id) + "#review", e.getMessage());
        }
    }

    /** A number's standing on this contact point and its history. */
    @GET
    @Path("stop-list/{number}")
    public TemplateInstance number(@RestPath String id, @RestPath String number) {
        String tenantId = user.tenantId();
        ContactPointView cp = contactPoints.get(tenantId, id);
        String e164 = stopLists.e164(tenantId, number);
        return Templates.number(cp, ContactPointPage.TABS, stopLists.find(tenantId, id, e164).orElse(null), e164,
                stopLists.history(tenantId, id, e164));
    }

    /** The SMS platform's timer overrides (DESIGN §3.2); a refusal re-renders this tab with what was typed. */
    @POST
    @Path("timers")
    @RolesAllowed(Roles.ADMIN)
    public Response saveTimers(@RestPath String id, @RestForm("RESPONSE_TIMEOUT") String response,
            @RestForm("INACTIVE_TIME") String inactive, @RestForm("CLOSE_TIME") String close, @RestForm Long version,
            @RestForm String clear) {
        String tenantId = user.tenantId();
        var outcome = timers.saveForm(tenantId, id, Platform.SMS, TimerForm.typedOverrides(response, inactive, close),
                version, clear, user.actor());
        if (outcome.saved()) {
            return Flash.redirect(base(id) + "#timers", "SMS timers saved.");
        }
        Forms forms = outcome.conflict() == null ? Forms.blank()
                : new Forms(Map.of(), FieldErrors.none(), "", List.of(), List.of(), outcome.conflict());
        return Response.status(outcome.status()).entity(render(id, null, null, forms, outcome.form())).build();
    }

    private TemplateInstance render(String id, String q, Integer page, Forms forms) {
        return render(id, q, page, forms, null);
    }

    private TemplateInstance render(String id, String q, Integer page, Forms forms, TimerForm timerForm) {
        String tenantId = user.tenantId();
        ContactPointView cp = contactPoints.get(tenantId, id);
        return render(cp, stopLists.page(tenantId, id, q, page == null ? 1 : page), forms, timerForm);
    }

    private TemplateInstance render(ContactPointView cp, StopListViews.Page stopList, Forms forms, TimerForm timerForm) {
        String tenantId = user.tenantId();
        return Templates.show(cp, ContactPointPage.TABS, numbers.list(tenantId, cp.id()), List.of(SmsNumberType.values()),
                stopList, stopLists.openReviews(tenantId, cp.id()), forms,
                timerForm != null ? timerForm : TimerForm.of(timers.level(tenantId, cp.id(), Platform.SMS), false));
    }

    private static String summary(StopListViews.Change c) {
        List<String> parts = new ArrayList<>();
        if (!c.added().isEmpty()) {
            parts.add(count(c.added().size()) + " added to the stop list.");
        }
        if (!c.alreadyListed().isEmpty()) {
            parts.add("Already on the list: " + String.join(", ", c.alreadyListed()) + ".");
        }
        if (!c.removed().isEmpty()) {
            parts.add(count(c.removed().size()) + " removed from the stop list.");
        }
        if (!c.notListed().isEmpty()) {
            parts.add("Not on the list: " + String.join(", ", c.notListed()) + ".");
        }
        if (!c.stillCarrierBlocked().isEmpty()) {
            parts.add("Carrier block stays on " + String.join(", ", c.stillCarrierBlocked())
                    + ": the customer must text START to the contact point's number before messages reach them.");
        }
        return String.join(" ", parts);
    }

    private static String count(int n) {
        return n == 1 ? "1 number" : n + " numbers";
    }

    private static String base(String id) {
        return "/contact-points/" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "/sms";
    }
}
