package io.switchboard.webchat;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import com.fasterxml.jackson.databind.ObjectMapper;

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

/** A contact point's web chat settings, live stats and status. */
@Path("/api/v1/contact-points/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Web chat")
public class WebChatApi {
    /** Live stats as the agents' system pushes them. */
    public record LiveStats(Integer availableAgents, Integer queued) {
    }

    @Inject
    WebChats webChats;
    @Inject
    CurrentUser user;
    @Inject
    ObjectMapper json;

    @GET
    @Path("web-chat")
    @RolesAllowed({ Roles.ADMIN, Roles.MANAGER })
    @Operation(summary = "Every web chat setting (DESIGN §3.6), with version")
    public Map<String, Object> get(@RestPath String id) {
        return json(webChats.get(user.tenantId(), id));
    }

    @PUT
    @Path("web-chat")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Save the settings: fields left out keep their value; each bad field is named (400); a "
            + "\"version\" older than the stored one is refused (409)")
    public Map<String, Object> put(@RestPath String id, Map<String, Object> body) {
        if (body == null) {
            throw InvalidInput.of("enabled", "Send the settings as a JSON object.");
        }
        Object version = body.remove("version");
        WebChatSettings change;
        try {
            change = json.convertValue(body, WebChatSettings.class);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("body", "The settings could not be read: " + e.getMessage().split("\n")[0]);
        }
        return json(webChats.update(user.tenantId(), id, change,
                version instanceof Number n ? n.longValue() : null, user.actor()));
    }

    @PUT
    @Path("live-stats")
    @RolesAllowed({ Roles.ADMIN, Roles.AGENT, Roles.INTEGRATION })
    @Operation(summary = "Push the agents available and conversations waiting now; older than 2 minutes = no agents")
    public Map<String, Object> liveStats(@RestPath String id, LiveStats body) {
        if (body == null) {
            throw InvalidInput.of("availableAgents", "Send {\"availableAgents\": 3, \"queued\": 7}.");
        }
        String tenantId = user.tenantId();
        webChats.pushStats(tenantId, id, body.availableAgents(), body.queued());
        return status(tenantId, id, null);
    }

    @GET
    @Path("web-chat/status")
    @RolesAllowed({ Roles.ADMIN, Roles.MANAGER, Roles.AGENT, Roles.INTEGRATION })
    @Operation(summary = "Whether the chat is available now, or at ?at= (ISO-8601) with the current live stats, and why")
    public Map<String, Object> status(@RestPath String id, @RestQuery String at) {
        Instant when = null;
        if (at != null && !at.isBlank()) {
            try {
                when = Instant.parse(at.strip());
            } catch (DateTimeParseException e) {
                throw InvalidInput.of("at", "An instant as ISO-8601, e.g. 2026-12-24T15:00:00Z.");
            }
        }
        return status(user.tenantId(), id, when);
    }

    private Map<String, Object> status(String tenantId, String id, Instant at) {
        Availability.Status s = webChats.status(tenantId, id, at);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("available", s.available());
        m.put("reason", s.reason());
        return m;
    }

    private Map<String, Object> json(WebChats.View v) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = json.convertValue(v.settings(), LinkedHashMap.class);
        m.put("version", v.version());
        m.put("updatedAt", v.updatedAt());
        m.put("updatedBy", v.updatedBy());
        return m;
    }
}
