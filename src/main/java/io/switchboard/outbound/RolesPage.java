package io.switchboard.outbound;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.switchboard.common.Conflict;
import io.switchboard.common.FieldErrors;
import io.switchboard.common.InvalidInput;
import io.switchboard.security.CurrentUser;
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

/** {@code /roles}: managers and admins create business roles and assign users to them. */
@Path("/roles")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.ADMIN, Roles.MANAGER })
public class RolesPage {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<BusinessRoles.Role> roles, String typedName, FieldErrors errors);

        static native TemplateInstance role(BusinessRoles.Role role, List<BusinessRoles.Member> members,
                List<BusinessRoles.User> users, String q, String error);
    }

    @Inject
    BusinessRoles roles;
    @Inject
    CurrentUser user;

    @GET
    public TemplateInstance list() {
        return Templates.list(roles.list(user.tenantId()), "", FieldErrors.none());
    }

    @POST
    public Response create(@RestForm String name) {
        try {
            BusinessRoles.Role created = roles.create(user.tenantId(), name, user.actor());
            return Flash.redirect(path(created.name()), "Role “" + created.name() + "” created. Add its members below.");
        } catch (InvalidInput e) {
            return Response.status(400).entity(Templates.list(roles.list(user.tenantId()), name, e.errors)).build();
        } catch (Conflict e) {
            return Response.status(409).entity(Templates.list(roles.list(user.tenantId()), name,
                    FieldErrors.none().add("name", e.getMessage()))).build();
        }
    }

    @GET
    @Path("{name}")
    public TemplateInstance role(@RestPath String name, @RestQuery String q) {
        return render(name, q, null);
    }

    @POST
    @Path("{name}/members")
    public Response addMember(@RestPath String name, @RestForm String username, @RestForm String q) {
        return change(name, q, () -> roles.addMember(user.tenantId(), name, username, user.actor()),
                username + " added to " + name + ".");
    }

    @POST
    @Path("{name}/members/{username}/delete")
    public Response removeMember(@RestPath String name, @RestPath String username) {
        return change(name, null, () -> roles.removeMember(user.tenantId(), name, username, user.actor()),
                username + " removed from " + name + ".");
    }

    @POST
    @Path("{name}/delete")
    public Response delete(@RestPath String name) {
        try {
            List<String> lost = roles.delete(user.tenantId(), name, user.actor());
            return Flash.redirect("/roles", "Role “" + name + "” deleted." + (lost.isEmpty() ? ""
                    : " It no longer grants outbound functions on " + String.join(", ", lost) + "."));
        } catch (Conflict e) {
            return Response.status(409).entity(render(name, null, e.getMessage())).build();
        }
    }

    private Response change(String name, String q, Runnable action, String done) {
        try {
            action.run();
            return Flash.redirect(path(roles.get(user.tenantId(), name).name())
                    + (q == null || q.isBlank() ? "" : "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)) + "#members", done);
        } catch (InvalidInput e) {
            return Response.status(400).entity(render(name, q, String.join(" ", e.errors.all("users")))).build();
        } catch (Conflict e) {
            return Response.status(409).entity(render(name, q, e.getMessage())).build();
        }
    }

    private TemplateInstance render(String name, String q, String error) {
        String tenantId = user.tenantId();
        BusinessRoles.Role role = roles.get(tenantId, name);
        return Templates.role(role, role.builtIn() ? List.of() : roles.members(tenantId, role.name()),
                role.builtIn() ? List.of() : roles.users(tenantId, role.name(), q), q == null ? "" : q, error);
    }

    static String path(String name) {
        return "/roles/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
