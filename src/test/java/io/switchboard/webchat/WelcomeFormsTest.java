package io.switchboard.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A submission against its form: required, types, select options, unknown fields, lengths. */
class WelcomeFormsTest {
    static final WebChatSettings.WelcomeForm FORM = new WebChatSettings.WelcomeForm("Hi", List.of(
            new WebChatSettings.Field("name", "text", "Name", true, List.of()),
            new WebChatSettings.Field("email", "email", "Email", false, List.of()),
            new WebChatSettings.Field("phone", "tel", "Phone", false, List.of()),
            new WebChatSettings.Field("order", "number", "Order", false, List.of()),
            new WebChatSettings.Field("topic", "select", "Topic", false, List.of("Orders", "Returns")),
            new WebChatSettings.Field("note", "textarea", "Note", false, List.of())));

    @Test
    void aValidSubmissionPassesAndBlankOptionalFieldsAreFine() {
        assertThat(WelcomeForms.check(FORM, Map.of("name", "Ada", "email", "ada@example.com", "phone", "+1 (415) 555-0100",
                "order", "42", "topic", "Returns", "note", "x".repeat(2_000))).isEmpty()).isTrue();
        assertThat(WelcomeForms.check(FORM, Map.of("name", "Ada", "email", "  ")).isEmpty()).isTrue();
    }

    @Test
    void eachBadFieldIsNamed() {
        var errors = WelcomeForms.check(FORM, Map.of("email", "ada@", "phone", "call me", "order", "4x", "topic", "Billing",
                "note", "x".repeat(2_001), "extra", "?"));
        assertThat(errors.details()).containsExactlyInAnyOrder(
                "extra: This form has no field “extra”.",
                "name: Name is required.",
                "email: Email: an email address such as ada@example.com.",
                "phone: Phone: a phone number such as +1 415 555 0100.",
                "order: Order: a number.",
                "topic: Topic: one of Orders, Returns.",
                "note: Note: at most 2000 characters.");
    }
}
