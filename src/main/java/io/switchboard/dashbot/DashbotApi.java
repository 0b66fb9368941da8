package io.switchboard.dashbot;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.switchboard.common.InvalidInput;
import io.switchboard.security.CurrentUser;
import io.switchboard.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The tenant's Dashbot forwarding settings (secrets write-only) and backfill. */
@Path("/api/v1/integrations/dashbot")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Dashbot")
@RolesAllowed(Roles.ADMIN)
public class DashbotApi {
    /** Secrets are never answered: {@code secretsSet} says which are stored. */
    public record SettingsJson(boolean enabled, String quiqBaseUrl, String quiqAuth, String dashbotUrl,
            List<String> contactPoints, Map<String, Boolean> secretsSet, long version, Instant updatedAt, String updatedBy) {
        static SettingsJson of(DashbotSettings.View v) {
            return new SettingsJson(v.enabled(), v.quiqBaseUrl(), v.quiqAuth(), v.dashbotUrl(), v.contactPoints(),
                    v.secretsSet(), v.version(), v.updatedAt(), v.updatedBy());
        }
    }

    /** A secret left out (or null) is kept; {@code ""} removes it. */
    public record SettingsChange(Boolean enabled, String quiqBaseUrl, String quiqAuth, String quiqApiKey,
            String quiqApiSecret, String dashbotUrl, String dashbotApiKey, String hookToken, List<String> contactPoints,
            Long version) {
    }

    public record Backfill(List<String> conversationIds) {
    }

    @Inject
    DashbotSettings settings;
    @Inject
    DashbotQueue queue;
    @Inject
    CurrentUser user;
    @Inject
    DashbotStatus status;
    @Inject
    DashbotForwarder forwarder;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.MANAGER })
    @Operation(summary = "The settings; secrets are never returned, secretsSet says which are stored")
    public SettingsJson get() {
        return SettingsJson.of(settings.get(user.tenantId()));
    }

    @PUT
    @Operation(summary = "Change the settings: fields left out keep their value; a secret \"\" removes it")
    public SettingsJson put(SettingsChange body) {
        if (body == null) {
            throw InvalidInput.of("enabled", "Send the settings as a JSON object.");
        }
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("quiqApiKey", body.quiqApiKey());
        secrets.put("quiqApiSecret", body.quiqApiSecret());
        secrets.put("dashbotApiKey", body.dashbotApiKey());
        secrets.put("hookToken", body.hookToken());
        secrets.values().removeIf(v -> v == null);
        return SettingsJson.of(settings.update(user.tenantId(), new DashbotSettings.Change(body.enabled(),
                body.quiqBaseUrl(), body.quiqAuth(), body.dashbotUrl(), body.contactPoints(), secrets, body.version()),
                user.actor()));
    }

    @POST
    @Path("backfill")
    @Operation(summary = "Queue conversations by id (at most 1,000); all or nothing, each bad id named")
    public Map<String, Object> backfill(Backfill body) {
        if (body == null || body.conversationIds() == null) {
            throw InvalidInput.of("conversationIds", "Send {\"conversationIds\": [\"cid.…\", …]}.");
        }
        String tenantId = user.tenantId();
        int added = queue.backfill(tenantId, body.conversationIds(), user.actor());
        return Map.of("queued", added, "pending", queue.pending(tenantId));
    }

    @GET
    @Path("status")
    @RolesAllowed({ Roles.ADMIN, Roles.MANAGER })
    @Operation(summary = "Outbox counts by state, conversations waiting, the last run and the lag in seconds")
    public Map<String, Object> status() {
        DashbotStatus.Counts c = status.counts(user.tenantId());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pending", c.pending());
        m.put("sent", c.sent());
        m.put("failed", c.failed());
        m.put("dead", c.dead());
        m.put("tooOld", c.tooOld());
        m.put("conversationsPending", c.conversationsPending());
        m.put("conversationsSkipped", c.conversationsSkipped());
        m.put("lastRunAt", c.lastRunAt());
        m.put("lagSeconds", c.lagSeconds());
        return m;
    }

    @POST
    @Path("run")
    @Operation(summary = "Run the forwarder now for this tenant; answers what the run did")
    public DashbotForwarder.Run run() {
        return forwarder.run(user.tenantId());
    }
}
