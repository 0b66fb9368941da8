package io.switchboard.timer;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import com.fasterxml.jackson.databind.JsonNode;

import io.switchboard.common.FieldErrors;
import io.switchboard.common.InvalidInput;
import io.switchboard.platform.Platform;
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

/** Tenant-level timers as configuration, in whole seconds. */
@Path("/api/v1/timers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Timers")
public class TimerApi {
    public record EffectiveTimer(int seconds, TimerSource source) {
    }

    @Inject
    Timers timers;
    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.MANAGER })
    @Operation(summary = "The tenant-level timers in seconds")
    public Map<Timer, Integer> tenant() {
        return new EnumMap<>(timers.tenant(user.tenantId()).own());
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Set tenant-level timers (the keys given); refused when a Response Timeout anywhere would fall below the ART maximum")
    public Map<Timer, Integer> setTenant(JsonNode body) {
        return new EnumMap<>(timers.updateTenant(user.tenantId(), read(body), null, user.actor()).own());
    }

    static Platform platform(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Platform p = Platform.fromSlugOrName(value);
        if (p == null) {
            throw InvalidInput.of("platform", "Unknown platform “" + value + "”; use one of "
                    + java.util.Arrays.toString(Platform.values()) + ".");
        }
        return p;
    }

    static Map<Timer, EffectiveTimer> view(Timers.LevelView level) {
        Map<Timer, EffectiveTimer> out = new EnumMap<>(Timer.class);
        level.effective().forEach((t, e) -> out.put(t, new EffectiveTimer(e.seconds(), e.source())));
        return out;
    }

    /** {"RESPONSE_TIMEOUT": 300, "CLOSE_TIME": null}: whole seconds or null; unknown keys are refused. */
    static Map<Timer, Long> read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw InvalidInput.of("body", "Send a JSON object of timer keys to seconds, e.g. {\"RESPONSE_TIMEOUT\": 300}.");
        }
        FieldErrors errors = FieldErrors.none();
        Map<Timer, Long> changes = new LinkedHashMap<>();
        body.fields().forEachRemaining(field -> {
            Timer timer = Timer.parse(field.getKey());
            JsonNode value = field.getValue();
            if (timer == null) {
                errors.add(field.getKey(), "Unknown timer; use one of " + java.util.Arrays.toString(Timer.values()) + ".");
            } else if (value.isNull()) {
                changes.put(timer, null);
            } else if (!value.canConvertToLong() || !value.isIntegralNumber()) {
                errors.add(field.getKey(), "Give whole seconds as a number, or null to clear an override.");
            } else {
                changes.put(timer, value.asLong());
            }
        });
        errors.throwIfAny();
        return changes;
    }
}
