package io.switchboard.webchat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;


import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.switchboard.common.FieldErrors;
import io.switchboard.common.InvalidInput;
import io.switchboard.common.StaleUpdate;
import io.switchboard.contactpoint.ContactPointPage;
import io.switchboard.contactpoint.ContactPointView;
import io.switchboard.contactpoint.ContactPoints;
import io.switchboard.platform.Platform;
import io.switchboard.security.CurrentUser;
import io.switchboard.timer.TimerForm;
import io.switchboard.timer.Timers;
import io.switchboard.security.Roles;
import io.switchboard.tenant.Tenants;
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
 * The Web Chat tab: the master switch and flags, colors with a live preview and a contrast warning, font, domains
 * with a "test a URL" box, and the status with a "status at time T" simulator. The welcome form and the
 * availability rules are shown here and edited through the API for now.
 */
@Path("/contact-points/{id}/web-chat")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.ADMIN, Roles.MANAGER })
public class WebChatPage {
    public record ColorField(String name, String label, String value) {
    }

    public record Warning(String text) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(ContactPointView cp, List<ContactPointPage.Tab> tabs, WebChats.View view,
                List<ColorField> colors, List<String> fonts, List<String> attachmentTypes, List<Warning> warnings,
                List<WebChatSettings.Field> standardFields, List<String> fieldTypes, List<String> welcomeErrors,
                List<String> ruleErrors, List<String> menuErrors, List<String> days,
                Availability.Status status, DomainPatterns.Verdict testResult, String testUrl, String simulateAt,
                Availability.Status simulated, String zone, FieldErrors errors, String conflict, TimerForm timers);
    }

    @Inject
    WebChats webChats;
    @Inject
    ContactPoints contactPoints;
    @Inject
    Tenants tenants;
    @Inject
    CurrentUser user;
    @Inject
    Timers timers;

    @GET
    public TemplateInstance show(@RestPath String id, @RestQuery String testUrl, @RestQuery String at) {
        String tenantId = user.tenantId();
        WebChats.View view = webChats.get(tenantId, id);
        ZoneId zone = ZoneId.of(tenants.settings(tenantId).timeZone());
        Availability.Status simulated = null;
        FieldErrors errors = FieldErrors.none();
        if (at != null && !at.isBlank()) {
            try {
                simulated = webChats.status(tenantId, id, LocalDateTime.parse(at).atZone(zone).toInstant());
            } catch (java.time.DateTimeException e) {
                errors.add("at", "A date and time such as 2026-12-24T15:00.");
            }
        }
        DomainPatterns.Verdict test = testUrl == null || testUrl.isBlank() ? null
                : DomainPatterns.check(view.settings().whitelistedDomains(), testUrl);
        return render(id, view, test, testUrl, at, simulated, errors, null);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response save(@RestPath String id, @RestForm String enabled, @RestForm List<String> flags,
            @RestForm List<String> userAttachmentTypes, @RestForm String whitelistedDomains,
            @RestForm String mobileRedirectNumber, @RestForm Integer offsetX, @RestForm Integer offsetY,
            @RestForm String primary, @RestForm String secondary, @RestForm String background, @RestForm String text,
            @RestForm String header, @RestForm String customerBubble, @RestForm String agentBubble,
            @RestForm String font, @RestForm Long version) {
        String tenantId = user.tenantId();
        WebChats.View before = webChats.get(tenantId, id);
        boolean on = enabled != null;
        List<String> f = flags == null ? List.of() : flags;
        WebChatSettings change;
        if (!on) {
            // switched off: the rest of the form was disabled and not sent; keep it as it was
            change = new WebChatSettings(false, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null);
        } else {
            List<String> domains = whitelistedDomains == null ? List.of()
                    : Arrays.stream(whitelistedDomains.split("[\\s,]+")).filter(s -> !s.isBlank()).toList();
            WebChatSettings.Menu menu = new WebChatSettings.Menu(offsetX == null ? 0 : offsetX, offsetY == null ? 0 : offsetY,
                    before.settings().menu() == null ? List.of() : before.settings().menu().items());
            change = new WebChatSettings(true, f.contains("emailTranscript"), f.contains("userAttachments"),
                    userAttachmentTypes == null ? List.of() : userAttachmentTypes, f.contains("agentAttachments"),
                    f.contains("emojis"), f.contains("playSounds"), f.contains("titleBarNotifications"), domains,
                    mobileRedirectNumber == null ? "" : mobileRedirectNumber, menu,
                    new WebChatSettings.Colors(primary, secondary, background, text, header, customerBubble, agentBubble),
                    font, null, null);
        }
        try {
            webChats.update(tenantId, id, change, version == null ? -1L : version, user.actor());
            return Flash.redirect("/contact-points/" + id + "/web-chat", "Web chat saved.");
        } catch (InvalidInput e) {
            return Response.status(400).entity(render(id, new WebChats.View(WebChats.merge(change, before.settings()),
                    before.version(), before.updatedAt(), before.updatedBy()), null, null, null, null, e.errors, null)).build();
        } catch (StaleUpdate e) {
            return Response.status(409).entity(render(id, before, null, null, null, null, FieldErrors.none(),
                    e.getMessage())).build();
        }
    }

    /** The standard fields of a welcome form; any other is custom. */
    static final List<WebChatSettings.Field> STANDARD = List.of(
            new WebChatSettings.Field("firstName", "text", "First name", true, List.of()),
            new WebChatSettings.Field("lastName", "text", "Last name", false, List.of()),
            new WebChatSettings.Field("email", "email", "Email", false, List.of()),
            new WebChatSettings.Field("phone", "tel", "Phone", false, List.of()));

    /** Adds a standard field (by id) or a custom one to the welcome form. */
    @POST
    @Path("welcome/add")
    @RolesAllowed(Roles.ADMIN)
    public Response addField(@RestPath String id, @RestForm String standard, @RestForm String fieldId,
            @RestForm String label, @RestForm String type, @RestForm String required, @RestForm String options,
            @RestForm Long version) {
        WebChatSettings.Field field = standard != null && !standard.isBlank()
                ? STANDARD.stream().filter(f -> f.id().equals(standard)).findFirst().orElse(null)
                : new WebChatSettings.Field(fieldId == null ? "" : fieldId.strip(), type, label == null ? "" : label.strip(),
                        required != null, options == null || options.isBlank() ? List.of()
                                : Arrays.stream(options.split(",")).map(String::strip).filter(o -> !o.isEmpty()).toList());
        return changeForm(id, version, fields -> {
            if (field == null) {
                throw InvalidInput.of("welcomeForm.fields", "Choose a standard field or describe a custom one.");
            }
            fields.add(field);
        }, "Field added to the welcome form.");
    }

    /** Moves a field up or down, or removes it. */
    @POST
    @Path("welcome/{index}/{action: up|down|remove}")
    @RolesAllowed(Roles.ADMIN)
    public Response moveField(@RestPath String id, @RestPath int index, @RestPath String action, @RestForm Long version) {
        return changeForm(id, version, fields -> {
            if (index < 0 || index >= fields.size()) {
                throw new io.switchboard.common.NotFound("The welcome form has no field " + (index + 1) + ".");
            }
            switch (action) {
                case "up" -> {
                    if (index > 0) {
                        fields.add(index - 1, fields.remove(index));
                    }
                }
                case "down" -> {
                    if (index < fields.size() - 1) {
                        fields.add(index + 1, fields.remove(index));
                    }
                }
                default -> fields.remove(index);
            }
        }, "Welcome form updated.");
    }

    /** Adds an availability rule from the form: each filled-in part becomes a condition. */
    @POST
    @Path("rules/add")
    @RolesAllowed(Roles.ADMIN)
    public Response addRule(@RestPath String id, @RestForm String name, @RestForm List<String> days, @RestForm String from,
            @RestForm String to, @RestForm String dates, @RestForm Integer agentsAtLeast, @RestForm Integer queueAtMost,
            @RestForm Long version) {
        List<WebChatSettings.ConditionJson> conditions = new ArrayList<>();
        if (days != null && !days.isEmpty()) {
            conditions.add(new WebChatSettings.ConditionJson("DAYS", days, null, null, null, null));
        }
        if ((from != null && !from.isBlank()) || (to != null && !to.isBlank())) {
            conditions.add(new WebChatSettings.ConditionJson("TIME", null, from, to, null, null));
        }
        if (dates != null && !dates.isBlank()) {
            conditions.add(new WebChatSettings.ConditionJson("NOT_ON_DATES", null, null, null,
                    Arrays.stream(dates.split("[\\s,]+")).filter(d -> !d.isBlank()).toList(), null));
        }
        if (agentsAtLeast != null) {
            conditions.add(new WebChatSettings.ConditionJson("AGENTS_AT_LEAST", null, null, null, null, agentsAtLeast));
        }
        if (queueAtMost != null) {
            conditions.add(new WebChatSettings.ConditionJson("QUEUE_AT_MOST", null, null, null, null, queueAtMost));
        }
        return changeRules(id, version, rules -> rules.add(new WebChatSettings.RuleJson(name == null ? "" : name.strip(),
                conditions)), "Rule added.");
    }

    @POST
    @Path("rules/{index}/remove")
    @RolesAllowed(Roles.ADMIN)
    public Response removeRule(@RestPath String id, @RestPath int index, @RestForm Long version) {
        return changeRules(id, version, rules -> {
            if (index < 0 || index >= rules.size()) {
                throw new io.switchboard.common.NotFound("There is no rule " + (index + 1) + ".");
            }
            rules.remove(index);
        }, "Rule removed.");
    }

    /** Adds an extra menu item (label and https address) to the chat menu. */
    @POST
    @Path("menu/add")
    @RolesAllowed(Roles.ADMIN)
    public Response addMenuItem(@RestPath String id, @RestForm String label, @RestForm String url, @RestForm Long version) {
        return changeMenu(id, version, items -> items.add(new WebChatSettings.MenuItem(label == null ? "" : label.strip(),
                url == null ? "" : url.strip())), "Menu item added.");
    }

    @POST
    @Path("menu/{index}/remove")
    @RolesAllowed(Roles.ADMIN)
    public Response removeMenuItem(@RestPath String id, @RestPath int index, @RestForm Long version) {
        return changeMenu(id, version, items -> {
            if (index < 0 || index >= items.size()) {
                throw new io.switchboard.common.NotFound("There is no menu item " + (index + 1) + ".");
            }
            items.remove(index);
        }, "Menu item removed.");
    }

    private Response changeRules(String id, Long version, java.util.function.Consumer<List<WebChatSettings.RuleJson>> edit,
            String done) {
        return change(id, version, before -> {
            List<WebChatSettings.RuleJson> rules = new ArrayList<>(before.availabilityRules());
            edit.accept(rules);
            return new WebChatSettings(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    rules);
        }, "#rules", done);
    }

    private Response changeMenu(String id, Long version, java.util.function.Consumer<List<WebChatSettings.MenuItem>> edit,
            String done) {
        return change(id, version, before -> {
            WebChatSettings.Menu menu = before.menu();
            List<WebChatSettings.MenuItem> items = new ArrayList<>(menu.items() == null ? List.of() : menu.items());
            edit.accept(items);
            return new WebChatSettings(null, null, null, null, null, null, null, null, null, null,
                    new WebChatSettings.Menu(menu.offsetX(), menu.offsetY(), items), null, null, null, null);
        }, "#menu", done);
    }

    private Response change(String id, Long version, java.util.function.Function<WebChatSettings, WebChatSettings> edit,
            String anchor, String done) {
        String tenantId = user.tenantId();
        WebChats.View before = webChats.get(tenantId, id);
        try {
            webChats.update(tenantId, id, edit.apply(before.settings()), version == null ? -1L : version, user.actor());
            return Flash.redirect("/contact-points/" + id + "/web-chat" + anchor, done);
        } catch (InvalidInput e) {
            return Response.status(400).entity(render(id, before, null, null, null, null, e.errors, null)).build();
        } catch (StaleUpdate e) {
            return Response.status(409).entity(render(id, before, null, null, null, null, FieldErrors.none(),
                    e.getMessage())).build();
        }
    }

    private Response changeForm(String id, Long version, java.util.function.Consumer<List<WebChatSettings.Field>> edit,
            String done) {
        String tenantId = user.tenantId();
        WebChats.View before = webChats.get(tenantId, id);
        WebChatSettings.WelcomeForm form = before.settings().welcomeForm();
        List<WebChatSettings.Field> fields = new ArrayList<>(form.fields() == null ? List.of() : form.fields());
        try {
            edit.accept(fields);
            WebChatSettings change = new WebChatSettings(null, null, null, null, null, null, null, null, null, null, null,
                    null, null, new WebChatSettings.WelcomeForm(form.headerText(), fields), null);
            webChats.update(tenantId, id, change, version == null ? -1L : version, user.actor());
            return Flash.redirect("/contact-points/" + id + "/web-chat#welcome", done);
        } catch (InvalidInput e) {
            return Response.status(400).entity(render(id, before, null, null, null, null, e.errors, null)).build();
        } catch (StaleUpdate e) {
            return Response.status(409).entity(render(id, before, null, null, null, null, FieldErrors.none(),
                    e.getMessage())).build();
        }
    }

    /** The Web Chat platform's timer overrides (DESIGN §3.2); a refusal re-renders this tab with what was typed. */
    @POST
    @Path("timers")
    @RolesAllowed(Roles.ADMIN)
    public Response saveTimers(@RestPath String id, @RestForm("RESPONSE_TIMEOUT") String response,
            @RestForm("INACTIVE_TIME") String inactive, @RestForm("CLOSE_TIME") String close, @RestForm Long version,
            @RestForm String clear) {
        String tenantId = user.tenantId();
        var outcome = timers.saveForm(tenantId, id, Platform.WEB_CHAT, TimerForm.typedOverrides(response, inactive, close),
                version, clear, user.actor());
        if (outcome.saved()) {
            return Flash.redirect("/contact-points/" + id + "/web-chat#timers", "Web Chat timers saved.");
        }
        return Response.status(outcome.status()).entity(render(id, webChats.get(tenantId, id), null, null, null, null,
                FieldErrors.none(), outcome.conflict(), outcome.form())).build();
    }

    private TemplateInstance render(String id, WebChats.View view, DomainPatterns.Verdict test, String testUrl,
            String at, Availability.Status simulated, FieldErrors errors, String conflict) {
        return render(id, view, test, testUrl, at, simulated, errors, conflict, null);
    }

    private TemplateInstance render(String id, WebChats.View view, DomainPatterns.Verdict test, String testUrl,
            String at, Availability.Status simulated, FieldErrors errors, String conflict, TimerForm timerForm) {
        String tenantId = user.tenantId();
        ContactPointView cp = contactPoints.get(tenantId, id);
        WebChatSettings.Colors c = view.settings().colors();
        List<ColorField> colors = List.of(new ColorField("primary", "Primary (buttons)", c.primary()),
                new ColorField("secondary", "Secondary", c.secondary()), new ColorField("background", "Background", c.background()),
                new ColorField("text", "Text", c.text()), new ColorField("header", "Header", c.header()),
                new ColorField("customerBubble", "Customer bubble", c.customerBubble()),
                new ColorField("agentBubble", "Agent bubble", c.agentBubble()));
        List<String> welcomeErrors = new ArrayList<>();
        errors.details().stream().filter(d -> d.startsWith("welcomeForm")).forEach(welcomeErrors::add);
        List<String> ruleErrors = errors.details().stream().filter(d -> d.startsWith("availabilityRules")).toList();
        List<String> menuErrors = errors.details().stream().filter(d -> d.startsWith("menu.items")).toList();
        return Templates.show(cp, ContactPointPage.TABS, view, colors, WebChatSettings.FONTS, WebChatSettings.ATTACHMENT_TYPES,
                warnings(view.settings()), STANDARD, WebChatSettings.FIELD_TYPES, welcomeErrors, ruleErrors, menuErrors,
                List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"), webChats.status(tenantId, id, null), test, testUrl == null ? "" : testUrl,
                at == null ? "" : at, simulated, tenants.settings(tenantId).timeZone(), errors, conflict,
                timerForm != null ? timerForm : TimerForm.of(timers.level(tenantId, id, Platform.WEB_CHAT), false));
    }

    /** Text that fails WCAG AA on its background, and a blank whitelist. */
    static List<Warning> warnings(WebChatSettings s) {
        List<Warning> out = new ArrayList<>();
        WebChatSettings.Colors c = s.colors();
        for (String[] pair : new String[][] { { "Text", c.text(), "background", c.background() },
                { "Text", c.text(), "agent bubble", c.agentBubble() }, { "White text", "#ffffff", "customer bubble", c.customerBubble() },
                { "White text", "#ffffff", "primary", c.primary() } }) {
            if (hex(pair[1]) && hex(pair[3])) {
                double ratio = Contrast.ratio(pair[1], pair[3]);
                if (ratio < Contrast.AA) {
                    out.add(new Warning(pair[0] + " on the " + pair[2] + " color has a contrast of "
                            + String.format(java.util.Locale.ROOT, "%.1f", ratio) + ":1; WCAG AA asks for 4.5:1."));
                }
            }
        }
        if (s.whitelistedDomains().isEmpty()) {
            out.add(new Warning("No whitelisted domains: any site can embed this chat. A list of your own sites is recommended."));
        }
        return out;
    }

    private static boolean hex(String s) {
        return s != null && s.matches("^#[0-9a-fA-F]{6}$");
    }

}
