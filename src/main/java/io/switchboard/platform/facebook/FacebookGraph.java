package io.switchboard.platform.facebook;

import java.net.URI;

import io.switchboard.common.ThirdPartyHttp;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The Graph API requests the checklist makes. Statuses and failures become {@link GraphAnswer}s, never exceptions. */
@ApplicationScoped
class FacebookGraph {
    static final String SUBSCRIBED_FIELDS = "messages,messaging_postbacks";

    @Produces(MediaType.APPLICATION_JSON)
    interface Graph {
        @GET
        @Path("oauth/access_token")
        Response exchange(@QueryParam("grant_type") String grantType, @QueryParam("client_id") String clientId,
                @QueryParam("client_secret") String clientSecret, @QueryParam("fb_exchange_token") String token);

        @GET
        @Path("me")
        Response me(@QueryParam("fields") String fields, @QueryParam("access_token") String token,
                @QueryParam("appsecret_proof") String proof);

        @GET
        @Path("me/permissions")
        Response permissions(@QueryParam("access_token") String token, @QueryParam("appsecret_proof") String proof);

        @GET
        @Path("debug_token")
        Response debugToken(@QueryParam("input_token") String inputToken, @QueryParam("access_token") String appToken);

        @GET
        @Path("{node}")
        Response node(@PathParam("node") String node, @QueryParam("fields") String fields,
                @QueryParam("access_token") String token, @QueryParam("appsecret_proof") String proof);

        @GET
        @Path("{page}/subscribed_apps")
        Response subscribedApps(@PathParam("page") String pageId, @QueryParam("access_token") String pageToken,
                @QueryParam("appsecret_proof") String proof);

        @POST
        @Path("{page}/subscribed_apps")
        Response subscribe(@PathParam("page") String pageId, @QueryParam("subscribed_fields") String fields,
                @QueryParam("access_token") String pageToken, @QueryParam("appsecret_proof") String proof);
    }

    @Inject
    FacebookConfig config;

    private Graph graph;

    @PostConstruct
    void init() {
        graph = ThirdPartyHttp.client(URI.create(config.graphUrl()), config.timeout(), Graph.class);
    }

    /** Step 1: a short-lived user token for a long-lived one. */
    GraphAnswer exchange(String userToken) {
        return call(() -> graph.exchange("fb_exchange_token", appId(), config.appSecret().orElseThrow(), userToken));
    }

    GraphAnswer me(String userToken) {
        return call(() -> graph.me("id,name", userToken, proof(userToken)));
    }

    GraphAnswer debugToken(String userToken) {
        return call(() -> graph.debugToken(userToken, appId() + "|" + config.appSecret().orElseThrow()));
    }

    /** A page by username or id: its id and name. */
    GraphAnswer page(String node, String userToken) {
        return call(() -> graph.node(node, "id,name", userToken, proof(userToken)));
    }

    /** The page's token: given only to a user who manages the page. */
    GraphAnswer pageToken(String pageId, String userToken) {
        return call(() -> graph.node(pageId, "access_token", userToken, proof(userToken)));
    }

    GraphAnswer subscribedApps(String pageId, String pageToken) {
        return call(() -> graph.subscribedApps(pageId, pageToken, proof(pageToken)));
    }

    GraphAnswer subscribe(String pageId, String pageToken) {
        return call(() -> graph.subscribe(pageId, SUBSCRIBED_FIELDS, pageToken, proof(pageToken)));
    }

    GraphAnswer permissions(String userToken) {
        return call(() -> graph.permissions(userToken, proof(userToken)));
    }

    /**
     * {@code appsecret_proof}: HMAC-SHA256 of the token keyed with the app secret, hex. Facebook refuses token calls
     * without it when the app has "Require App Secret" on; with it, a leaked token is useless without the secret.
     */
    String proof(String token) {
        return appSecretProof(token, config.appSecret().orElseThrow());
    }

    static String appSecretProof(String token, String appSecret) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(appSecret.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    String appId() {
        return config.appId().orElseThrow();
    }

    private GraphAnswer call(java.util.function.Supplier<Response> request) {
        try (Response r = request.get()) {
            return GraphAnswer.of(r.getStatus(), r.hasEntity() ? r.readEntity(String.class) : "");
        } catch (ProcessingException e) {
            return GraphAnswer.unreachable(ThirdPartyHttp.unreachable(e, config.timeout()));
        }
    }
}
