package io.switchboard.dashbot;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.switchboard.common.ThirdPartyHttp;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The two services the forwarder calls, each by the URL a tenant configured. Statuses are read, never thrown. */
class DashbotHttp {
    @Path("/api/v1/messaging/conversations")
    interface Quiq {
        @GET
        @Path("{id}")
        @Produces(MediaType.APPLICATION_JSON)
        Response conversation(@HeaderParam("Authorization") String authorization, @PathParam("id") String id);
    }

    interface Tracker {
        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        Response track(@QueryParam("platform") String platform, @QueryParam("v") String version,
                @QueryParam("type") String type, @QueryParam("apiKey") String apiKey, String body);
    }

    /** An answer: the status (0 when the service could not be reached) and the body or the reason. */
    record Answer(int status, String body) {
        boolean ok() {
            return status / 100 == 2;
        }

        /** Worth another try later: unreachable, timed out, throttled or a server error. */
        boolean retryable() {
            return status == 0 || status == 429 || status >= 500;
        }

        String describe(String service) {
            return status == 0 ? service + " could not be reached: " + body
                    : service + " answered " + status + (body == null || body.isBlank() ? "" : ": " + abbreviate(body));
        }
    }

    private final Duration timeout;
    private final Map<String, Quiq> quiqs = new ConcurrentHashMap<>();
    private final Map<String, Tracker> trackers = new ConcurrentHashMap<>();

    DashbotHttp(Duration timeout) {
        this.timeout = timeout;
    }

    Answer conversation(String baseUrl, String authorization, String id) {
        return call(() -> quiqs.computeIfAbsent(baseUrl, u -> build(u, Quiq.class)).conversation(authorization, id));
    }

    Answer track(String trackerUrl, String type, String apiKey, String body) {
        return call(() -> trackers.computeIfAbsent(trackerUrl, u -> build(u, Tracker.class))
                .track("universal", "11.1.0-rest", type, apiKey, body));
    }

    static String authorization(String scheme, String key, String secret) {
        if ("BASIC".equals(scheme)) {
            return "Basic " + Base64.getEncoder().encodeToString((key + ":" + (secret == null ? "" : secret))
                    .getBytes(StandardCharsets.UTF_8));
        }
        return "Bearer " + key;
    }

    private Answer call(java.util.function.Supplier<Response> request) {
        try (Response r = request.get()) {
            return new Answer(r.getStatus(), r.hasEntity() ? r.readEntity(String.class) : "");
        } catch (ProcessingException e) {
            return new Answer(0, ThirdPartyHttp.unreachable(e, timeout));
        }
    }

    private <T> T build(String url, Class<T> type) {
        return ThirdPartyHttp.client(URI.create(url), timeout, type);
    }

    private static String abbreviate(String s) {
        String one = s.strip().replaceAll("\\s+", " ");
        return one.length() <= 200 ? one : one.substring(0, 200) + "…";
    }
}
