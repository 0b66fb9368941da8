package io.switchboard.webchat;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.switchboard.common.FieldErrors;

/**
 * Checks web chat settings field by field (each error under the JSON path of its field) and turns the stored
 * availability rules into {@link Availability} rules. Plain Java, no framework.
 */
public final class WebChatRules {
    private static final Pattern HEX = Pattern.compile("^#[0-9a-fA-F]{6}$");
    private static final Pattern FIELD_ID = Pattern.compile("^[A-Za-z][A-Za-z0-9_]{0,39}$");
    private static final Pattern HH_MM = Pattern.compile("^([01][0-9]|2[0-3]):[0-5][0-9]$");
    public static final int MAX_FIELDS = 20;
    public static final int MAX_MENU_ITEMS = 10;

    private WebChatRules() {
    }

    public static FieldErrors check(WebChatSettings s) {
        FieldErrors errors = FieldErrors.none();
        if (s.userAttachmentTypes() != null) {
            for (String t : s.userAttachmentTypes()) {
                if (!WebChatSettings.ATTACHMENT_TYPES.contains(t)) {
                    errors.add("userAttachmentTypes", "“" + t + "” is not offered; choose from "
                            + String.join(", ", WebChatSettings.ATTACHMENT_TYPES) + ".");
                }
            }
        }
        if (s.whitelistedDomains() != null) {
            errors.addEach("whitelistedDomains", DomainPatterns.errors(s.whitelistedDomains()));
        }
        if (s.menu() != null) {
            checkOffset("menu.offsetX", s.menu().offsetX(), errors);
            checkOffset("menu.offsetY", s.menu().offsetY(), errors);
            List<WebChatSettings.MenuItem> items = s.menu().items() == null ? List.of() : s.menu().items();
            if (items.size() > MAX_MENU_ITEMS) {
                errors.add("menu.items", "At most " + MAX_MENU_ITEMS + " menu items.");
            }
            for (int i = 0; i < items.size(); i++) {
                WebChatSettings.MenuItem item = items.get(i);
                if (item.label() == null || item.label().isBlank() || item.label().length() > 40) {
                    errors.add("menu.items[" + i + "].label", "A label of 1 to 40 characters.");
                }
                if (!https(item.url())) {
                    errors.add("menu.items[" + i + "].url", "An https:// address, e.g. https://example.com/help.");
                }
            }
        }
        if (s.colors() != null) {
            WebChatSettings.Colors c = s.colors();
            String[][] named = { { "primary", c.primary() }, { "secondary", c.secondary() },
                    { "background", c.background() }, { "text", c.text() }, { "header", c.header() },
                    { "customerBubble", c.customerBubble() }, { "agentBubble", c.agentBubble() } };
            for (String[] n : named) {
                if (n[1] == null || !HEX.matcher(n[1]).matches()) {
                    errors.add("colors." + n[0], "A color as #RRGGBB, e.g. #3b4fd8.");
                }
            }
        }
        if (s.font() != null && !WebChatSettings.FONTS.contains(s.font())) {
            errors.add("font", "Choose one of " + String.join(", ", WebChatSettings.FONTS) + ".");
        }
        if (s.welcomeForm() != null) {
            checkWelcomeForm(s.welcomeForm(), errors);
        }
        if (s.availabilityRules() != null) {
            rules(s.availabilityRules(), errors);
        }
        return errors;
    }

    private static void checkWelcomeForm(WebChatSettings.WelcomeForm form, FieldErrors errors) {
        if (form.headerText() != null && form.headerText().length() > 200) {
            errors.add("welcomeForm.headerText", "At most 200 characters.");
        }
        List<WebChatSettings.Field> fields = form.fields() == null ? List.of() : form.fields();
        if (fields.size() > MAX_FIELDS) {
            errors.add("welcomeForm.fields", "At most " + MAX_FIELDS + " fields.");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            WebChatSettings.Field f = fields.get(i);
            String at = "welcomeForm.fields[" + i + "]";
            if (f.id() == null || !FIELD_ID.matcher(f.id()).matches()) {
                errors.add(at + ".id", "An id of letters, digits and _, starting with a letter (e.g. orderNumber).");
            } else if (!ids.add(f.id().toLowerCase(Locale.ROOT))) {
                errors.add(at + ".id", "“" + f.id() + "” is used by another field.");
            }
            if (f.type() == null || !WebChatSettings.FIELD_TYPES.contains(f.type())) {
                errors.add(at + ".type", "One of " + String.join(", ", WebChatSettings.FIELD_TYPES) + ".");
            }
            if (f.label() == null || f.label().isBlank() || f.label().length() > 100) {
                errors.add(at + ".label", "A label of 1 to 100 characters.");
            }
            List<String> options = f.options() == null ? List.of() : f.options();
            if ("select".equals(f.type())) {
                if (options.stream().filter(o -> o != null && !o.isBlank()).count() == 0) {
                    errors.add(at + ".options", "A select needs at least one option.");
                } else if (new LinkedHashSet<>(options).size() != options.size()) {
                    errors.add(at + ".options", "Each option once.");
                }
            } else if (!options.isEmpty()) {
                errors.add(at + ".options", "Only a select has options.");
            }
        }
    }

    /** The rules to evaluate; each bad condition is added to {@code errors} under its path. */
    public static List<Availability.Rule> rules(List<WebChatSettings.RuleJson> stored, FieldErrors errors) {
        List<Availability.Rule> out = new ArrayList<>();
        for (int r = 0; r < stored.size(); r++) {
            WebChatSettings.RuleJson rule = stored.get(r);
            String at = "availabilityRules[" + r + "]";
            if (rule.name() == null || rule.name().isBlank() || rule.name().length() > 60) {
                errors.add(at + ".name", "A name of 1 to 60 characters, e.g. Business hours.");
            }
            List<WebChatSettings.ConditionJson> conditions = rule.conditions() == null ? List.of() : rule.conditions();
            if (conditions.isEmpty()) {
                errors.add(at + ".conditions", "A rule needs at least one condition.");
            }
            List<Availability.Condition> parsed = new ArrayList<>();
            for (int c = 0; c < conditions.size(); c++) {
                Availability.Condition condition = condition(conditions.get(c), at + ".conditions[" + c + "]", errors);
                if (condition != null) {
                    parsed.add(condition);
                }
            }
            out.add(new Availability.Rule(rule.name(), parsed));
        }
        return out;
    }

    private static Availability.Condition condition(WebChatSettings.ConditionJson c, String at, FieldErrors errors) {
        String type = c.type() == null ? "" : c.type();
        switch (type) {
            case "DAYS" -> {
                EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
                for (String d : c.days() == null ? List.<String>of() : c.days()) {
                    DayOfWeek day = day(d);
                    if (day == null) {
                        errors.add(at + ".days", "“" + d + "” is not a day; use MON, TUE, WED, THU, FRI, SAT, SUN.");
                    } else {
                        days.add(day);
                    }
                }
                if (days.isEmpty()) {
                    errors.add(at + ".days", "Choose at least one day.");
                    return null;
                }
                return new Availability.Days(days);
            }
            case "TIME" -> {
                boolean ok = true;
                if (c.from() == null || !HH_MM.matcher(c.from()).matches()) {
                    errors.add(at + ".from", "A time as HH:mm, e.g. 09:00.");
                    ok = false;
                }
                if (c.to() == null || !HH_MM.matcher(c.to()).matches()) {
                    errors.add(at + ".to", "A time as HH:mm, e.g. 17:00 (earlier than from: overnight).");
                    ok = false;
                }
                if (ok && c.from().equals(c.to())) {
                    errors.add(at + ".to", "The window is empty: from and to are the same.");
                    ok = false;
                }
                return ok ? new Availability.Time(LocalTime.parse(c.from()), LocalTime.parse(c.to())) : null;
            }
            case "NOT_ON_DATES" -> {
                Set<LocalDate> dates = new HashSet<>();
                for (String d : c.dates() == null ? List.<String>of() : c.dates()) {
                    try {
                        dates.add(LocalDate.parse(d));
                    } catch (RuntimeException e) {
                        errors.add(at + ".dates", "“" + d + "” is not a date as YYYY-MM-DD.");
                    }
                }
                if (dates.isEmpty()) {
                    errors.add(at + ".dates", "List at least one date, e.g. 2026-12-25.");
                    return null;
                }
                return new Availability.NotOnDates(dates);
            }
            case "AGENTS_AT_LEAST", "QUEUE_AT_MOST" -> {
                if (c.value() == null || c.value() < 0 || c.value() > 10_000) {
                    errors.add(at + ".value", "A whole number from 0 to 10,000.");
                    return null;
                }
                return type.equals("AGENTS_AT_LEAST") ? new Availability.AgentsAtLeast(c.value())
                        : new Availability.QueueAtMost(c.value());
            }
            default -> {
                errors.add(at + ".type", "One of DAYS, TIME, NOT_ON_DATES, AGENTS_AT_LEAST, QUEUE_AT_MOST.");
                return null;
            }
        }
    }

    private static DayOfWeek day(String d) {
        if (d == null) {
            return null;
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(d.strip().toUpperCase(Locale.ROOT)) && d.strip().length() >= 3) {
                return day;
            }
        }
        return null;
    }

    private static void checkOffset(String field, Integer value, FieldErrors errors) {
        if (value != null && (value < -500 || value > 500)) {
            errors.add(field, "An offset from -500 to 500 px.");
        }
    }

    private static boolean https(String url) {
        if (url == null) {
            return false;
        }
        try {
            URI u = new URI(url.strip());
            return "https".equalsIgnoreCase(u.getScheme()) && u.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
