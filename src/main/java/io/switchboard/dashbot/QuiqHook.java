package io.switchboard.dashbot;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Quiq's webhook: no login, the tenant's hook token in {@code X-Centricient-Hook-Token} instead. */
@Path("/hooks/quiq/{tenant}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Dashbot")
@PermitAll
public class QuiqHook {
    @Inject
    DashbotQueue queue;

    @POST
    @Operation(summary = "A Quiq event {id, eventType, data, timestamp}: queues data's conversation for Dashbot; a "
            + "delivery already seen (same id) is acknowledged and ignored; 401 without the right hook token")
    public Map<String, Object> receive(@RestPath String tenant, @RestHeader("X-Centricient-Hook-Token") String token,
            JsonNode event) {
        DashbotQueue.HookResult r = queue.receive(tenant, token, event);
        return Map.of("conversationId", r.conversationId(), "duplicate", r.duplicate());
    }
}
