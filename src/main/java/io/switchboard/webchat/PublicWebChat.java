package io.switchboard.webchat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

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
    ObjectMapper json;
    @jakarta.ws.rs.core.Context
    io.vertx.core.http.HttpServerResponse vertxResponse;

    @GET
    @Path("config")
    @Operation(summary = "The chat client's configuration; 403 for a site not on the whitelist; 304 when unchanged")
    public Response config(@RestPath String tenant, @RestPath String contactPoint, @RestHeader("Origin") String origin,
            @RestHeader("Referer") String referer, @RestHeader("If-None-Match") String ifNoneMatch) {
        WebChats.View view = view(tenant, contactPoint);
        WebChatSettings s = view.settings();
        String site = origin != null && !origin.isBlank() ? origin : referer;
        DomainPatterns.Verdict verdict = DomainPatterns.check(s.whitelistedDomains(), site);
        if (!verdict.allowed()) {
            return Response.status(403).entity(Map.of("error", "This site may not embed the chat: " + verdict.reason() + ".",
                    "details", List.of())).build();
        }
        Availability.Status status = webChats.status(tenant, contactPoint, null);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("enabled", s.enabled());
        body.put("status", Map.of("available", status.available(), "reason", status.reason()));
        body.put("colors", s.colors());
        body.put("font", s.font());
        body.put("menu", s.menu());
        body.put("welcomeForm", s.welcomeForm());
        Map<String, Object> flags = new LinkedHashMap<>();
        flags.put("emailTranscript", s.emailTranscript());
        flags.put("userAttachments", s.userAttachments());
        flags.put("userAttachmentTypes", s.userAttachmentTypes());
        flags.put("agentAttachments", s.agentAttachments());
        flags.put("emojis", s.emojis());
        flags.put("playSounds", s.playSounds());
        flags.put("titleBarNotifications", s.titleBarNotifications());
        body.put("flags", flags);
        body.put("mobileRedirectNumber", s.mobileRedirectNumber());
        String text;
        try {
            text = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        // the app-wide headers forbid every framing; this answer carries the contact point's own list instead
        vertxResponse.headers().remove("Content-Security-Policy").remove("X-Frame-Options");
        String etag = "\"" + hash(text) + "\"";
        Response.ResponseBuilder r = etag.equals(ifNoneMatch) ? Response.notModified() : Response.ok(text);
        r.tag(new jakarta.ws.rs.core.EntityTag(etag.substring(1, etag.length() - 1)))
                .header("Cache-Control", "no-cache").header("Vary", "Origin")
                .header("Content-Security-Policy", frameAncestors(s.whitelistedDomains()));
        if (origin != null && !origin.isBlank() && !s.whitelistedDomains().isEmpty()) {
            r.header("Access-Control-Allow-Origin", origin.strip());
        } else if (s.whitelistedDomains().isEmpty()) {
            r.header("Access-Control-Allow-Origin", "*");
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

    static String frameAncestors(List<String> patterns) {
        return "frame-ancestors " + (patterns.isEmpty() ? "*" : String.join(" ", patterns));
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
