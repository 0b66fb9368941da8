package io.switchboard.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Bearer tokens already verified, with the identity they gave, so that an integration sending thousands of
 * requests a second with one token pays for the RS256 signature check once, not on every request. An entry
 * lives until the token's {@code exp} or for the configured time-to-live, whichever is sooner, and the cache
 * is bounded. Only access tokens sent as {@code Authorization: Bearer} are kept; browser sessions are not.
 * A token is matched by its exact text, so a changed byte is a different token and is verified afresh.
 */
@ApplicationScoped
public class VerifiedTokens {
    record Entry(SecurityIdentity identity, Instant until) {
    }

    private final Cache<String, Entry> cache;
    private final Duration ttl;
    private final Clock clock;

    @Inject
    public VerifiedTokens(@ConfigProperty(name = "switchboard.auth.token-cache.ttl", defaultValue = "PT60S") Duration ttl,
            @ConfigProperty(name = "switchboard.auth.token-cache.max-size", defaultValue = "10000") long maxSize) {
        this(ttl, maxSize, Clock.systemUTC());
    }

    VerifiedTokens(Duration ttl, long maxSize, Clock clock) {
        this.ttl = ttl;
        this.clock = clock;
        this.cache = Caffeine.newBuilder().maximumSize(maxSize).expireAfterWrite(ttl).build();
    }

    /** The identity a token was verified to, while it is still good. */
    SecurityIdentity find(String token) {
        if (ttl.isZero()) {
            return null;
        }
        Entry e = cache.getIfPresent(token);
        if (e == null) {
            return null;
        }
        if (!clock.instant().isBefore(e.until())) {
            cache.invalidate(token);
            return null;
        }
        return e.identity();
    }

    /** Keeps an identity just verified for a token; one without an expiry time is not kept. */
    void keep(String token, SecurityIdentity identity) {
        // getExpirationTime() unboxes null for a token without exp: read the claim as it is
        if (ttl.isZero() || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                || !(jwt.getClaim("exp") instanceof Number expSeconds)) {
            return;
        }
        Instant now = clock.instant();
        Instant exp = Instant.ofEpochSecond(expSeconds.longValue());
        Instant until = exp.isBefore(now.plus(ttl)) ? exp : now.plus(ttl);
        if (now.isBefore(until)) {
            cache.asMap().putIfAbsent(token, new Entry(identity, until));
        }
    }

    long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    private static String bearer(TokenAuthenticationRequest request) {
        return request.getToken() instanceof AccessTokenCredential c && !c.isOpaque() ? c.getToken() : null;
    }

    /**
     * Tried before the OIDC provider: answers from the cache, else lets the OIDC provider verify the token.
     * The cached identity gets this request's routing and request context, which the OIDC identity carries.
     */
    @ApplicationScoped
    public static class Provider implements IdentityProvider<TokenAuthenticationRequest> {
        @Inject
        VerifiedTokens tokens;

        @Override
        public Class<TokenAuthenticationRequest> getRequestType() {
            return TokenAuthenticationRequest.class;
        }

        @Override
        public int priority() {
            return SYSTEM_FIRST + 1;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
            String token = bearer(request);
            SecurityIdentity known = token == null ? null : tokens.find(token);
            if (known == null) {
                return Uni.createFrom().nullItem();
            }
            QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(known)
                    .addAttribute(AuthenticationRequestContext.class.getName(), context);
            RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
            if (routing != null) {
                builder.addAttribute(RoutingContext.class.getName(), routing);
            }
            return Uni.createFrom().item(builder.build());
        }
    }

    /** Keeps each identity the OIDC provider verified from a bearer token (before the app's own augmentation). */
    @ApplicationScoped
    public static class Keeper implements SecurityIdentityAugmentor {
        @Inject
        VerifiedTokens tokens;

        @Override
        public int priority() {
            return Integer.MAX_VALUE; // first, so what is kept is the provider's identity as it came
        }

        @Override
        public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
            return Uni.createFrom().item(identity);
        }

        @Override
        public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
                Map<String, Object> attributes) {
            AccessTokenCredential credential = identity.isAnonymous() ? null : identity.getCredential(AccessTokenCredential.class);
            // a browser session's identity (from its ID token) is not the identity of its access token
            if (credential != null && !credential.isOpaque() && identity.getCredential(IdTokenCredential.class) == null) {
                tokens.keep(credential.getToken(), identity);
            }
            return Uni.createFrom().item(identity);
        }
    }
}
