package io.switchboard.web;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.switchboard.audit.AuditFilter;
import io.switchboard.audit.AuditLog;
import io.switchboard.audit.AuditResults;
import io.switchboard.contactpoint.ContactPointView;
import io.switchboard.contactpoint.ContactPoints;
import io.switchboard.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The dashboard and the signed-out page. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePage {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<ContactPointView> contactPoints, AuditResults recent);

        static native TemplateInstance signedOut();

        static native TemplateInstance plain();
    }

    @Inject
    ContactPoints contactPoints;
    @Inject
    AuditLog audit;
    @Inject
    CurrentUser user;

    @GET
    @Authenticated
    public TemplateInstance index() {
        boolean canReadSettings = user.isAdmin() || user.isManager();
        return Templates.index(canReadSettings ? contactPoints.list(user.tenantId()) : List.of(),
                canReadSettings ? audit.search(user.tenantId(), new AuditFilter(null, null, null, null), 0) : null);
    }

    @GET
    @Path("signed-out")
    @PermitAll
    public TemplateInstance signedOut() {
        return Templates.signedOut();
    }

    /** A trivial page in the same app: the reference that bench/ compares real pages against. */
    @GET
    @Path("bench/plain")
    @Authenticated
    public TemplateInstance plain() {
        return Templates.plain();
    }
}
