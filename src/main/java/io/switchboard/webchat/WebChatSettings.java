package io.switchboard.webchat;

import java.util.List;

/** Every web chat setting of a contact point (DESIGN §3.6, §4), as the API reads and writes it. */
public record WebChatSettings(Boolean enabled, Boolean emailTranscript, Boolean userAttachments,
        List<String> userAttachmentTypes, Boolean agentAttachments, Boolean emojis, Boolean playSounds,
        Boolean titleBarNotifications, List<String> whitelistedDomains, String mobileRedirectNumber, Menu menu,
        Colors colors, String font, WelcomeForm welcomeForm, List<RuleJson> availabilityRules) {

    public record Menu(Integer offsetX, Integer offsetY, List<MenuItem> items) {
    }

    public record MenuItem(String label, String url) {
    }

    public record Colors(String primary, String secondary, String background, String text, String header,
            String customerBubble, String agentBubble) {
    }

    public record WelcomeForm(String headerText, List<Field> fields) {
    }

    /** {@code type}: text number email tel textarea select; a select has options. */
    public record Field(String id, String type, String label, Boolean required, List<String> options) {
    }

    public record RuleJson(String name, List<ConditionJson> conditions) {
    }

    /** {@code type}: DAYS (days), TIME (from, to), NOT_ON_DATES (dates), AGENTS_AT_LEAST / QUEUE_AT_MOST (value). */
    public record ConditionJson(String type, List<String> days, String from, String to, List<String> dates,
            Integer value) {
    }

    public static final List<String> ATTACHMENT_TYPES = List.of("image/png", "image/jpeg", "image/gif", "image/webp",
            "application/pdf");
    public static final List<String> FONTS = List.of("System", "Arial", "Helvetica", "Georgia", "Verdana", "Roboto",
            "Open Sans", "Lato");
    public static final List<String> FIELD_TYPES = List.of("text", "number", "email", "tel", "textarea", "select");

    /** A new contact point's web chat: off, no whitelist, the house colors, agents ≥ 1. */
    public static WebChatSettings defaults() {
        return new WebChatSettings(false, true, true, List.of("image/png", "image/jpeg", "application/pdf"), true, true,
                true, true, List.of(), null, new Menu(0, 0, List.of()),
                new Colors("#3b4fd8", "#eef0fb", "#ffffff", "#101828", "#1f2937", "#3b4fd8", "#f2f4f7"), "System",
                new WelcomeForm("Welcome! How can we help?", List.of(new Field("firstName", "text", "First name", true,
                        List.of()), new Field("email", "email", "Email", false, List.of()))),
                List.of(new RuleJson("Agents online", List.of(new ConditionJson("AGENTS_AT_LEAST", null, null, null, null,
                        1)))));
    }
}
