package io.switchboard.outbound;

import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import com.fasterxml.jackson.databind.JsonNode;

import io.switchboard.common.FieldErrors;
import io.switchboard.common.InvalidInput;
import io.switchboard.security.CurrentUser;
import io.switchboard.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code {"START_CONVERSATION":["Sales"],"SEND_NOTIFICATION":["Sales","Service"]}} per contact point. */
@Path("/api/v1/contact-points/{id}/outbound-roles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Outbound roles")
public class OutboundRolesApi {
    @Inject
    OutboundRoles outboundRoles;
    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.MANAGER, Roles.AGENT, Roles.INTEGRATION })
    @Operation(summary = "The business roles allowed to start conversations and to send notifications")
    public Map<OutboundFunction, List<String>> get(@RestPath String id) {
        return outboundRoles.get(user.tenantId(), id);
    }

    @PUT
    @RolesAllowed({ Roles.ADMIN, Roles.MANAGER })
    @Operation(summary = "Set the roles of the functions given (a function left out is unchanged); unknown roles "
            + "are named and change nothing")
    public Map<OutboundFunction, List<String>> put(@RestPath String id, JsonNode body) {
        String tenantId = user.tenantId();
        outboundRoles.get(tenantId, id); // another tenant's contact point is 404 before the body is judged
        FieldErrors errors = FieldErrors.none();
        Map<OutboundFunction, List<String>> wanted = read(body, errors);
        outboundRoles.resolve(tenantId, wanted, errors); // every problem at once: shape and unknown roles
        errors.throwIfAny();
        return outboundRoles.set(tenantId, id, wanted, null, user.actor());
    }

    static Map<OutboundFunction, List<String>> read(JsonNode body, FieldErrors errors) {
        if (body == null || !body.isObject()) {
            throw InvalidInput.of("body", "Send {\"START_CONVERSATION\": [roles], \"SEND_NOTIFICATION\": [roles]}.");
        }
        Map<OutboundFunction, List<String>> wanted = new EnumMap<>(OutboundFunction.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            OutboundFunction f = OutboundFunction.parse(e.getKey());
            if (f == null || !f.name().equals(e.getKey())) {
                errors.add(e.getKey(), "Unknown function; use START_CONVERSATION or SEND_NOTIFICATION.");
                continue;
            }
            if (!e.getValue().isArray()) {
                errors.add(e.getKey(), "A list of role names, e.g. [\"Sales\"] ([] allows nobody).");
                continue;
            }
            List<String> names = new java.util.ArrayList<>();
            for (JsonNode n : e.getValue()) {
                if (!n.isTextual() || n.asText().isBlank()) {
                    errors.add(e.getKey(), "Each role is a name in quotes.");
                } else {
                    names.add(n.asText());
                }
            }
            wanted.put(f, names);
        }
        return wanted;
    }
}
