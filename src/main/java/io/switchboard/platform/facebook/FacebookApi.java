package io.switchboard.platform.facebook;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.switchboard.common.InvalidInput;
import io.switchboard.security.CurrentUser;
import io.switchboard.security.Roles;
import io.switchboard.web.ApiError;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A contact point's Facebook page: connect, reconnect, check, subscribe, disconnect. Tokens are never answered. */
@Path("/api/v1/contact-points/{id}/facebook")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Facebook")
@RolesAllowed(Roles.ADMIN)
public class FacebookApi {
    /** {@code item}: ASSOCIATE_USER PAGE SUBSCRIPTION PERMISSIONS; {@code action}: RECONNECT SUBSCRIBE CHECK or null. */
    public record ItemJson(String item, String title, String status, String message, String fix, String action) {
        static ItemJson of(FacebookChecklist.Line l) {
            return new ItemJson(l.item().name(), l.item().title(), l.status().name(), l.message(), l.fix(),
                    l.action() == null ? null : l.action().name());
        }
    }

    /** {@code version}: -1 when not connected; send it back to connect, reconnect or disconnect. */
    public record ConnectionJson(boolean configured, boolean connected, String pageId, String pageName, String userName,
            Instant tokenExpiresAt, List<ItemJson> checklist, Instant checkedAt, long version, Instant updatedAt,
            String updatedBy) {
        static ConnectionJson of(FacebookConnections.View v) {
            return new ConnectionJson(v.configured(), v.connected(), v.pageId(), v.pageName(), v.userName(),
                    v.tokenExpiresAt(), v.checklist().stream().map(ItemJson::of).toList(), v.checkedAt(), v.version(),
                    v.updatedAt(), v.updatedBy());
        }
    }

    /** {@code pageUrl} may be left out to reconnect the connected page with a new user token. */
    public record Connect(String userAccessToken, String pageUrl, Long version) {
    }

    @Inject
    FacebookConnections connections;
    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.MANAGER })
    @Operation(summary = "The connected page and its checklist; never a token")
    public ConnectionJson get(@RestPath String id) {
        return ConnectionJson.of(connections.get(user.tenantId(), id));
    }

    @PUT
    @Operation(summary = "Connect a page (user access token + page URL) or reconnect (new token; the page is kept). "
            + "Runs the token exchange first, then the checklist; 502 when Facebook fails")
    public Response connect(@RestPath String id, Connect body) {
        if (body == null) {
            throw InvalidInput.of("userAccessToken", "Send {\"userAccessToken\": \"…\", \"pageUrl\": \"https://www.facebook.com/…\"}.");
        }
        try {
            return Response.ok(ConnectionJson.of(connections.connect(user.tenantId(), id, body.userAccessToken(),
                    body.pageUrl(), body.version(), user.actor()))).build();
        } catch (FacebookUnavailable e) {
            return unavailable(e.getMessage());
        }
    }

    @POST
    @Path("check")
    @Operation(summary = "Check again with the stored tokens: token health, page, subscription, permissions")
    public ConnectionJson check(@RestPath String id) {
        return ConnectionJson.of(connections.check(user.tenantId(), id, user.actor()));
    }

    @POST
    @Path("subscribe")
    @Operation(summary = "Subscribe the app to the page's messages and messaging_postbacks, then check again; "
            + "502 when Facebook refuses")
    public Response subscribe(@RestPath String id) {
        FacebookConnections.Subscribed s = connections.subscribe(user.tenantId(), id, user.actor());
        return s.ok() ? Response.ok(ConnectionJson.of(s.view())).build() : unavailable(s.outcome());
    }

    @DELETE
    @Operation(summary = "Disconnect the page; the stored tokens are deleted")
    public Response disconnect(@RestPath String id, @RestQuery Long version) {
        connections.disconnect(user.tenantId(), id, version, user.actor());
        return Response.noContent().build();
    }

    private static Response unavailable(String message) {
        return Response.status(502).type(MediaType.APPLICATION_JSON)
                .entity(new ApiError(message, List.of("reason: FACEBOOK"))).build();
    }
}
