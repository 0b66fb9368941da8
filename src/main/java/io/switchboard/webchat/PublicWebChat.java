package io.switchboard.webchat;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;


import io.switchboard.common.NotFound;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * What the chat client on a customer's site reads (DESIGN §3.6, §4): public, but only for the sites on the
 * whitelist (Origin, else Referer; neither is refused when a list exists). Allowed origins get CORS headers; the
 * list is also sent as CSP {@code frame-ancestors}. The config is cached by clients with an ETag. Nothing internal
 * is answered: no secrets, no other contact point, no version or audit data.
 */
@Path("/api/v1/webchat/{tenant}/{contactPoint}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Web chat (public)")
@PermitAll
public class PublicWebChat {
    @Inject
    WebChats webChats;
    @Inject
    PublicConfigs configs;
    @jakarta.ws.rs.core.Context
    io.vertx.core.http.HttpServerResponse vertxResponse;

    @GET
    @Path("config")
    @Operation(summary = "The chat client's configuration; 403 for a site not on the whitelist; 304 when unchanged")
    public Response config(@RestPath String tenant, @RestPath String contactPoint, @RestHeader("Origin") String origin,
            @RestHeader("Referer") String referer, @RestHeader("If-None-Match") String ifNoneMatch) {
        PublicConfigs.Config config;
        try {
            config = configs.get(tenant, contactPoint);
        } catch (NotFound e) {
            throw new NotFound("There is no web chat “" + contactPoint + "” for “" + tenant + "”.");
        }
        DomainPatterns.Verdict verdict = DomainPatterns.check(config.whitelist(),
                origin != null && !origin.isBlank() ? origin : referer);
        if (!verdict.allowed()) {
            return Response.status(403).entity(Map.of("error", "This site may not embed the chat: " + verdict.reason() + ".",
                    "details", List.of())).build();
        }
        // the app-wide headers forbid every framing; this answer carries the contact point's own list instead
        vertxResponse.headers().remove("Content-Security-Policy").remove("X-Frame-Options");
        boolean unchanged = ifNoneMatch != null && ifNoneMatch.strip().equals("\"" + config.etag() + "\"");
        Response.ResponseBuilder r = unchanged ? Response.notModified() : Response.ok(config.json());
        r.tag(new jakarta.ws.rs.core.EntityTag(config.etag())).header("Cache-Control", "no-cache").header("Vary", "Origin")
                .header("Content-Security-Policy", config.frameAncestors());
        if (config.whitelist().isEmpty()) {
            r.header("Access-Control-Allow-Origin", "*");
        } else if (origin != null && !origin.isBlank()) {
            r.header("Access-Control-Allow-Origin", origin.strip());
        }
        return r.build();
    }

    @POST
    @Path("welcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A filled-in welcome form: 204, or 400 naming each bad field (checked against the form)")
    public Response welcome(@RestPath String tenant, @RestPath String contactPoint, @RestHeader("Origin") String origin,
            @RestHeader("Referer") String referer, Map<String, Object> body) {
        WebChats.View view = view(tenant, contactPoint);
        DomainPatterns.Verdict verdict = DomainPatterns.check(view.settings().whitelistedDomains(),
                origin != null && !origin.isBlank() ? origin : referer);
        if (!verdict.allowed()) {
            return Response.status(403).entity(Map.of("error", "This site may not embed the chat: " + verdict.reason() + ".",
                    "details", List.of())).build();
        }
        Object fields = body == null ? null : body.get("fields");
        @SuppressWarnings("unchecked")
        Map<String, Object> values = fields instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        WelcomeForms.check(view.settings().welcomeForm(), values).throwIfAny();
        Response.ResponseBuilder r = Response.noContent();
        if (origin != null && !origin.isBlank()) {
            r.header("Access-Control-Allow-Origin", view.settings().whitelistedDomains().isEmpty() ? "*" : origin.strip());
        }
        return r.build();
    }

    private WebChats.View view(String tenant, String contactPoint) {
        try {
            return webChats.get(tenant, contactPoint);
        } catch (NotFound e) {
            throw new NotFound("There is no web chat “" + contactPoint + "” for “" + tenant + "”.");
        }
    }
}
