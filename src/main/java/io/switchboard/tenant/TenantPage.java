package io.switchboard.tenant;

import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.switchboard.common.FieldErrors;
import io.switchboard.common.InvalidInput;
import io.switchboard.common.StaleUpdate;
import io.switchboard.security.CurrentUser;
import io.switchboard.stoplist.KeywordLists;
import io.switchboard.security.Roles;
import io.switchboard.web.Flash;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Tenant-wide settings: name, time zone, phone region, SMS keywords. */
@Path("/settings")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.ADMIN, Roles.MANAGER })
public class TenantPage {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(TenantSettings settings, Map<String, String> typed, FieldErrors errors,
                String conflict);
    }

    @Inject
    Tenants tenants;
    @Inject
    CurrentUser user;

    @GET
    public TemplateInstance show() {
        TenantSettings s = tenants.settings(user.tenantId());
        return Templates.show(s, typed(s), FieldErrors.none(), null);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response save(@RestForm String name, @RestForm String timeZone, @RestForm String defaultRegion,
            @RestForm String optOutKeywords, @RestForm String optInKeywords, @RestForm String helpKeywords,
            @RestForm Long version) {
        Map<String, String> typed = new java.util.HashMap<>();
        typed.put("name", name == null ? "" : name);
        typed.put("timeZone", timeZone == null ? "" : timeZone);
        typed.put("defaultRegion", defaultRegion == null ? "" : defaultRegion);
        typed.put("optOutKeywords", optOutKeywords == null ? "" : optOutKeywords);
        typed.put("optInKeywords", optInKeywords == null ? "" : optInKeywords);
        typed.put("helpKeywords", helpKeywords == null ? "" : helpKeywords);
        String tenantId = user.tenantId();
        try {
            tenants.update(tenantId, name, timeZone, defaultRegion, KeywordLists.parseWords(optOutKeywords),
                    KeywordLists.parseWords(optInKeywords), KeywordLists.parseWords(helpKeywords),
                    version == null ? -1L : version, user.actor());
            return Flash.redirect("/settings", "Settings saved.");
        } catch (InvalidInput e) {
            return Response.status(400).entity(Templates.show(tenants.settings(tenantId), typed, e.errors, null)).build();
        } catch (StaleUpdate e) {
            return Response.status(409).entity(Templates.show(tenants.settings(tenantId), typed, FieldErrors.none(),
                    e.getMessage())).build();
        }
    }

    private static Map<String, String> typed(TenantSettings s) {
        return Map.of("name", s.name(), "timeZone", s.timeZone(), "defaultRegion", s.defaultRegion(),
                "optOutKeywords", String.join(", ", s.optOutKeywords()),
                "optInKeywords", String.join(", ", s.optInKeywords()),
                "helpKeywords", String.join(", ", s.helpKeywords()));
    }
}
