package io.switchboard.stoplist;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.switchboard.audit.AuditLog;
import io.switchboard.contactpoint.ContactPoints;
import io.switchboard.security.CurrentUser;
import io.switchboard.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** CSV export of stop lists, streamed row by row from a database cursor: memory stays flat at any size. */
@Path("/api/v1/stop-list")
@Tag(name = "Stop lists")
@RolesAllowed(Roles.ADMIN)
public class StopListExportApi {
    static final String[] HEADER = { "contact_point_id", "contact_point_label", "phone_number", "added_at", "source" };
    /** Large writes: each one hands a chunk to the event loop and waits, so fewer, bigger chunks stream faster. */
    private static final int WRITE_BUFFER_CHARS = 1 << 20;
    private static final String SELECT = """
            SELECT e.contact_point_id, c.label, e.number,
                   to_char(e.added_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), e.source
            FROM stop_list_entry e
            JOIN contact_point c ON c.tenant_id = e.tenant_id AND c.id = e.contact_point_id""";

    @Inject
    DataSource dataSource;
    @Inject
    ContactPoints contactPoints;
    @Inject
    AuditLog audit;
    @Inject
    CurrentUser user;

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(summary = "Stop list of one contact point (?contactPoint=id), or of all contact points, as CSV")
    public Response export(@RestQuery String contactPoint) {
        String tenantId = user.tenantId();
        String actor = user.actor();
        boolean one = contactPoint != null && !contactPoint.isBlank();
        if (one) {
            contactPoints.get(tenantId, contactPoint);
        }
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("contactPoint", one ? contactPoint : "all");
        QuarkusTransaction.requiringNew().run(() -> audit.record(tenantId, actor, StopLists.ENTITY,
                one ? contactPoint : "*", "export", null, scope));
        String where = "e.tenant_id = " + literal(tenantId)
                + (one ? " AND e.contact_point_id = " + literal(contactPoint) + " ORDER BY e.number"
                        : " ORDER BY e.contact_point_id, e.number");
        StreamingOutput body = out -> {
            try (Connection c = dataSource.getConnection()) {
                // COPY streams rows as fast as PostgreSQL produces them, while this thread turns each into CSV.
                CopyOut copy = c.unwrap(PGConnection.class).getCopyAPI().copyOut(
                        "COPY (" + SELECT + " WHERE " + where + ") TO STDOUT (FORMAT text)");
                try {
                    var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), WRITE_BUFFER_CHARS);
                    CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(HEADER).build());
                    String[] fields = new String[HEADER.length];
                    byte[] row;
                    while ((row = copy.readFromCopy()) != null) {
                        CopyTextRows.split(new String(row, 0, row.length - 1, StandardCharsets.UTF_8), fields);
                        csv.printRecord((Object[]) fields);
                    }
                    csv.flush();
                } finally {
                    if (copy.isActive()) {
                        copy.cancelCopy();
                    }
                }
            } catch (SQLException e) {
                throw new java.io.IOException("Stop-list export failed", e);
            }
        };
        String file = (one ? "stop-list-" + contactPoint : "stop-lists") + ".csv";
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .header("Cache-Control", "no-store").build();
    }

    /** COPY takes no parameters: ids are inlined as literals (they are validated ids, quoted all the same). */
    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
