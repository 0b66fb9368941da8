package io.switchboard.outbound;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.switchboard.common.ThirdPartyHttp;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An HTTP SMS gateway: {@code POST {url}/messages} with {@code {"from","to","text"}} and, when configured,
 * {@code Authorization: Bearer <token>}; a 2xx answer may carry {@code {"id"}}. No retries: the agent sees the
 * failure and sends again.
 */
public class HttpSmsGateway implements SmsGateway {
    /** The gateway's API as this app uses it. */
    @Path("/messages")
    public interface Client {
        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        @Produces(MediaType.APPLICATION_JSON)
        Response send(@HeaderParam("Authorization") String authorization, Map<String, String> message);
    }

    private final URI url;
    private final String authorization;
    private final Client client;
    private final Duration timeout;

    public HttpSmsGateway(URI url, Optional<String> token, Duration timeout) {
        this.url = url;
        this.authorization = token.filter(t -> !t.isBlank()).map(t -> "Bearer " + t).orElse(null);
        this.timeout = timeout;
        this.client = ThirdPartyHttp.client(url, timeout, Client.class);
    }

    @Override
    public String send(String from, String to, String text) {
        try (Response response = client.send(authorization, Map.of("from", from, "to", to, "text", text))) {
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            if (response.getStatus() / 100 != 2) {
                throw new Failure("The SMS gateway answered " + response.getStatus()
                        + (body.isBlank() ? "." : ": " + abbreviate(body.strip()) + "."));
            }
            return id(body);
        } catch (ProcessingException e) {
            throw new Failure("The SMS gateway at " + url + " could not be reached: "
                    + ThirdPartyHttp.unreachable(e, timeout) + ".", e);
        }
    }

    private static String id(String body) {
        if (body.isBlank()) {
            return null;
        }
        try {
            var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
            return node.hasNonNull("id") ? node.get("id").asText() : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }
}
