package io.switchboard.platform.twitter;

import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import io.switchboard.common.ThirdPartyHttp;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The two X API v1.1 calls the checklist makes, signed OAuth 1.0a. Statuses are read, never thrown. */
@ApplicationScoped
class TwitterHttp {
    static final String VERIFY = "/1.1/account/verify_credentials.json";
    static final String SETTINGS = "/1.1/account/settings.json";

    @Path("/1.1/account")
    interface Account {
        @GET
        @Path("verify_credentials.json")
        @Produces(MediaType.APPLICATION_JSON)
        Response verifyCredentials(@HeaderParam("Authorization") String authorization,
                @QueryParam("include_entities") String includeEntities, @QueryParam("skip_status") String skipStatus);

        @GET
        @Path("settings.json")
        @Produces(MediaType.APPLICATION_JSON)
        Response settings(@HeaderParam("Authorization") String authorization);
    }

    @Inject
    TwitterConfig config;

    private final SecureRandom random = new SecureRandom();
    private Account client;
    private String apiUrl;

    @PostConstruct
    void init() {
        apiUrl = config.apiUrl().replaceAll("/+$", "");
        client = ThirdPartyHttp.client(URI.create(apiUrl), config.timeout(), Account.class);
    }

    XAnswer verifyCredentials(String token, String tokenSecret) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("include_entities", "false");
        query.put("skip_status", "true");
        String auth = sign(VERIFY, query, token, tokenSecret);
        return call(() -> client.verifyCredentials(auth, "false", "true"));
    }

    XAnswer settings(String token, String tokenSecret) {
        String auth = sign(SETTINGS, Map.of(), token, tokenSecret);
        return call(() -> client.settings(auth));
    }

    private String sign(String path, Map<String, String> query, String token, String tokenSecret) {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        return OAuth1Signer.authorization("GET", apiUrl + path, query, new OAuth1Signer.Credentials(
                config.consumerKey().orElseThrow(), config.consumerSecret().orElseThrow(), token, tokenSecret),
                HexFormat.of().formatHex(nonce), System.currentTimeMillis() / 1000);
    }

    private XAnswer call(java.util.function.Supplier<Response> request) {
        try (Response r = request.get()) {
            return new XAnswer(r.getStatus(), r.hasEntity() ? r.readEntity(String.class) : "",
                    r.getHeaderString("x-rate-limit-reset"));
        } catch (ProcessingException e) {
            return XAnswer.unreachable(ThirdPartyHttp.unreachable(e, config.timeout()));
        }
    }
}
