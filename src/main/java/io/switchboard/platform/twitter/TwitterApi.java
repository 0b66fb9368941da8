package io.switchboard.platform.twitter;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

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

/** A contact point's X (Twitter) account: connect, check, disconnect. Tokens are write-only. */
@Path("/api/v1/contact-points/{id}/twitter")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Twitter/X")
@RolesAllowed(Roles.ADMIN)
public class TwitterApi {
    /** Never a token. {@code checklist} items are {@code account} and {@code dmsFromAnyone}. */
    public record ConnectionJson(boolean connected, boolean configured, String accountId, String screenName, String name,
            Boolean dmsFromAnyone, List<ItemJson> checklist, Instant checkedAt, long version, Instant updatedAt,
            String updatedBy) {
        static ConnectionJson of(TwitterConnections.View v, boolean configured) {
            return new ConnectionJson(v.connected(), configured, v.accountId(), v.screenName(), v.name(),
                    v.dmsFromAnyone(), v.checklist().stream().map(ItemJson::of).toList(), v.checkedAt(), v.version(),
                    v.updatedAt(), v.updatedBy());
        }
    }

    /** {@code status}: GREEN or YELLOW; {@code fix}: what to do when yellow. */
    public record ItemJson(String item, String status, String message, String fix) {
        static ItemJson of(TwitterChecklist.Item i) {
            return new ItemJson(i.item(), i.status().name(), i.message(), i.fix());
        }
    }

    /** The account's OAuth 1.0a user access token and secret; {@code version}: the one you read, optional. */
    public record Connect(String accessToken, String accessTokenSecret, Long version) {
    }

    @Inject
    TwitterConnections connections;
    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.MANAGER })
    @Operation(summary = "The connected account and the last checklist (never the tokens)")
    public ConnectionJson get(@RestPath String id) {
        return json(connections.get(user.tenantId(), id));
    }

    @PUT
    @Operation(summary = "Connect or reconnect: X is asked who the tokens belong to and whether anyone may send the "
            + "account DMs. 400 names blank or refused token fields; 409 when the account is connected elsewhere, the "
            + "version is stale or X is not configured; 502 when X does not answer. Nothing is saved on a refusal.")
    public Response put(@RestPath String id, Connect body) {
        if (body == null) {
            throw InvalidInput.of("accessToken", "Send {\"accessToken\": \"…\", \"accessTokenSecret\": \"…\"}.");
        }
        try {
            return Response.ok(json(connections.connect(user.tenantId(), id, body.accessToken(), body.accessTokenSecret(),
                    body.version(), user.actor()))).build();
        } catch (XUnavailable e) {
            return Response.status(502).entity(new ApiError("X did not answer", List.of("x: " + e.getMessage()))).build();
        }
    }

    @POST
    @Path("check")
    @Operation(summary = "Run the checklist again with the stored tokens; X's failures become yellow items")
    public ConnectionJson check(@RestPath String id) {
        return json(connections.check(user.tenantId(), id, user.actor()));
    }

    @DELETE
    @Operation(summary = "Disconnect the account and forget its tokens")
    public ConnectionJson delete(@RestPath String id) {
        return json(connections.disconnect(user.tenantId(), id, null, user.actor()));
    }

    private ConnectionJson json(TwitterConnections.View v) {
        return ConnectionJson.of(v, connections.configured());
    }
}
