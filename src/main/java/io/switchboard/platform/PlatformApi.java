package io.switchboard.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import io.switchboard.common.FieldErrors;
import io.switchboard.common.InvalidInput;
import io.switchboard.common.NotFound;
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

/** The request/enable workflow of Apple Messages for Business, Google RBM and WhatsApp; Google Business Messages is retired. */
@Path("/api/v1/contact-points/{id}/platforms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Platforms")
public class PlatformApi {
    /**
     * {@code action}: REQUEST, WITHDRAW, APPROVE, REJECT, ENABLE or DISABLE; {@code details}: the request's details
     * (REQUEST) or {"agentId"} (APPROVE of Google RBM); {@code reason}: required to REJECT, a note otherwise;
     * {@code version}: optional, the version read, to refuse a change based on stale data.
     */
    public record Change(String action, Map<String, Object> details, String reason, Long version) {
    }

    @Inject
    PlatformRequests requests;
    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.MANAGER })
    @Operation(summary = "Apple Messages for Business, Google RBM, WhatsApp and Google Business Messages (retired): "
            + "status, details, next actions, history newest first")
    public List<Map<String, Object>> list(@RestPath String id) {
        return requests.list(user.tenantId(), id).stream().map(PlatformApi::json).toList();
    }

    @GET
    @Path("{platform}")
    @RolesAllowed({ Roles.ADMIN, Roles.MANAGER })
    @Operation(summary = "One platform's request: APPLE_MESSAGES, GOOGLE_RBM, WHATSAPP or GOOGLE_MESSAGES")
    public Map<String, Object> get(@RestPath String id, @RestPath String platform) {
        return json(requests.get(user.tenantId(), id, platform(platform)));
    }

    @PUT
    @Path("{platform}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Move the request along: {\"action\":\"REQUEST|WITHDRAW|APPROVE|REJECT|ENABLE|DISABLE\", "
            + "\"details\":{…}, \"reason\":\"…\"}. Bad details name each field (400); a refused transition, the retired "
            + "Google Business Messages or a stale version answer 409")
    public Map<String, Object> change(@RestPath String id, @RestPath String platform, Change body) {
        Platform p = platform(platform);
        String tenantId = user.tenantId();
        requests.get(tenantId, id, p); // 404s before 400s
        if (p.retired()) {
            throw new io.switchboard.common.Conflict(PlatformWorkflow.retiredMessage(p));
        }
        if (body == null) {
            throw InvalidInput.of("action", "Send {\"action\": \"REQUEST\", \"details\": {…}}.");
        }
        PlatformAction action = PlatformAction.parse(body.action());
        FieldErrors errors = FieldErrors.none();
        if (action == null) {
            errors.add("action", body.action() == null ? "Name the action: one of " + actions() + "."
                    : "“" + body.action() + "” is not an action; use one of " + actions() + ".");
        }
        Map<String, String> details = new LinkedHashMap<>();
        if (body.details() != null) {
            body.details().forEach((k, v) -> {
                if (v != null && !(v instanceof String)) {
                    errors.add(k, "Send " + k + " as a string.");
                } else {
                    details.put(k, (String) v);
                }
            });
        }
        errors.throwIfAny();
        return json(requests.change(tenantId, id, p, action, details, body.reason(), body.version(), user.actor()));
    }

    private static Platform platform(String value) {
        Platform p = Platform.fromSlugOrName(value);
        if (p == null) {
            throw new NotFound("There is no platform “" + value + "”.");
        }
        return p;
    }

    private static String actions() {
        List<String> names = new ArrayList<>();
        for (PlatformAction a : PlatformAction.values()) {
            names.add(a.name());
        }
        return String.join(", ", names);
    }

    static Map<String, Object> json(PlatformRequests.View v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("platform", v.platform().name());
        m.put("title", v.platform().title());
        m.put("status", v.retired() ? "RETIRED" : v.status().name());
        m.put("retired", v.retired());
        if (v.retired()) {
            m.put("message", PlatformWorkflow.retiredMessage(v.platform()));
        }
        m.put("details", v.details());
        m.put("actions", v.actions().stream().map(Enum::name).toList());
        m.put("version", v.version());
        m.put("updatedAt", v.updatedAt());
        m.put("updatedBy", v.updatedBy());
        List<Map<String, Object>> history = new ArrayList<>();
        for (PlatformRequests.HistoryEntry h : v.history()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("from", h.from().name());
            e.put("to", h.to().name());
            e.put("actor", h.actor());
            e.put("at", h.at());
            e.put("note", h.note());
            history.add(e);
        }
        m.put("history", history);
        return m;
    }
}
