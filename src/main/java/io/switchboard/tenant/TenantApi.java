package io.switchboard.tenant;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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

@Path("/api/v1/tenant")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tenant")
@RolesAllowed(Roles.ADMIN)
public class TenantApi {
    /** {@code helpKeywords} and {@code version} are optional; a sent version must match the stored one. */
    public record Settings(String name, String timeZone, String defaultRegion, List<String> optOutKeywords,
            List<String> optInKeywords, List<String> helpKeywords, Long version) {
        static Settings of(TenantSettings s) {
            return new Settings(s.name(), s.timeZone(), s.defaultRegion(), s.optOutKeywords(), s.optInKeywords(),
                    s.helpKeywords(), s.version());
        }
    }

    @Inject
    Tenants tenants;
    @Inject
    CurrentUser user;

    @GET
    @Operation(summary = "Tenant settings: name, time zone, phone region, SMS keyword lists")
    public Settings get() {
        return Settings.of(tenants.settings(user.tenantId()));
    }

    @PUT
    @Operation(summary = "Replace the tenant settings (keywords: opt-out, opt-in and optionally help lists)")
    public Settings put(Settings body) {
        if (body == null) {
            throw InvalidInput.of("name", "Send the settings as a JSON object.");
        }
        String tenantId = user.tenantId();
        List<String> help = body.helpKeywords() != null ? body.helpKeywords()
                : tenants.settings(tenantId).helpKeywords();
        return Settings.of(tenants.update(tenantId, body.name(), body.timeZone(), body.defaultRegion(),
                body.optOutKeywords(), body.optInKeywords(), help, body.version(), user.actor()));
    }
}
