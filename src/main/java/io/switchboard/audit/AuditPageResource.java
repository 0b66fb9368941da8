package io.switchboard.audit;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jboss.resteasy.reactive.RestQuery;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.switchboard.security.CurrentUser;
import io.switchboard.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

@Path("/audit")
@RolesAllowed({ Roles.ADMIN, Roles.MANAGER })
public class AuditPageResource {
    static final int EXPORT_LIMIT = 100_000;

    @CheckedTemplate(basePath = "AuditPage")
    static class Templates {
        static native TemplateInstance list(AuditResults results, AuditFilter filter, List<String> entityTypes,
                List<String> actions, String query);
    }

    @Inject
    AuditLog audit;
    @Inject
    CurrentUser user;
    @Inject
    ObjectMapper json;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@RestQuery String entity, @RestQuery String entityId, @RestQuery String actor,
            @RestQuery String action, @RestQuery Integer page) {
        AuditFilter filter = new AuditFilter(entity, entityId, actor, action);
        String tenant = user.tenantId();
        return Templates.list(audit.search(tenant, filter, page == null ? 0 : page), filter,
                audit.entityTypes(tenant), audit.actions(tenant), query(filter));
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Transactional
    public Response export(@RestQuery String entity, @RestQuery String entityId, @RestQuery String actor,
            @RestQuery String action) {
        AuditFilter filter = new AuditFilter(entity, entityId, actor, action);
        String tenant = user.tenantId();
        List<AuditEntry> entries = audit.export(tenant, filter, EXPORT_LIMIT);
        audit.record(tenant, user.actor(), "audit_log", "export", "export", null,
                Map.of("filter", filter, "rows", entries.size()));
        StreamingOutput body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                    .setHeader("at", "actor", "entity_type", "entity_id", "action", "before", "after").build())) {
                for (AuditEntry e : entries) {
                    csv.printRecord(e.at(), e.actor(), e.entityType(), e.entityId(), e.action(), toJson(e.before()),
                            toJson(e.after()));
                }
            }
        };
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"audit-log.csv\"").build();
    }

    private String toJson(Object value) throws IOException {
        return value == null ? "" : json.writeValueAsString(value);
    }

    private static String query(AuditFilter f) {
        StringBuilder q = new StringBuilder();
        append(q, "entity", f.entityType());
        append(q, "entityId", f.entityId());
        append(q, "actor", f.actor());
        append(q, "action", f.action());
        return q.toString();
    }

    private static void append(StringBuilder q, String name, String value) {
        if (value != null) {
            q.append('&').append(name).append('=')
                    .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
