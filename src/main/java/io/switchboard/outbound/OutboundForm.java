package io.switchboard.outbound;

import java.util.List;
import java.util.Map;

import io.switchboard.common.FieldErrors;

/** The "Outbound roles" part of a contact point's General tab: a checkbox per role and function, and what was sent. */
public record OutboundForm(List<Row> functions, List<Outbound.Sent> recent) {
    public record Choice(String role, boolean checked) {
    }

    public record Row(OutboundFunction function, List<Choice> choices, String error) {
    }

    static OutboundForm of(List<String> roles, Map<OutboundFunction, List<String>> selected, FieldErrors errors,
            List<Outbound.Sent> recent) {
        List<Row> rows = java.util.Arrays.stream(OutboundFunction.values()).map(f -> {
            List<String> chosen = selected.getOrDefault(f, List.of());
            return new Row(f, roles.stream().map(r -> new Choice(r, chosen.stream().anyMatch(r::equalsIgnoreCase))).toList(),
                    errors.get(f.name()));
        }).toList();
        return new OutboundForm(rows, recent);
    }
}
