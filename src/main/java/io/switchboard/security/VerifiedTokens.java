package io.switchboard.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
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
    private final java.util.concurrent.atomic.LongAdder hits = new java.util.concurrent.atomic.LongAdder();

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
        hits.increment();
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

    /** Requests answered from the cache since start. */
    long hits() {
        return hits.sum();
    }

    long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    /**
     * Tried before the OIDC mechanism: a request whose bearer token is known gets its identity from the cache,
     * with this request's routing context (the OIDC identity carries it), and skips the OIDC mechanism, which
     * would parse and verify the token again. Any other request goes on to the OIDC mechanism unchanged.
     */
    @ApplicationScoped
    public static class Mechanism implements HttpAuthenticationMechanism {
        private static final String SCHEME = "bearer ";

        @Inject
        VerifiedTokens tokens;

        @Override
        public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
            String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
            if (header == null || header.length() <= SCHEME.length() || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
                return Uni.createFrom().nullItem();
            }
            SecurityIdentity known = tokens.find(header.substring(SCHEME.length()).trim());
            if (known == null) {
                return Uni.createFrom().nullItem();
            }
            return Uni.createFrom().item(QuarkusSecurityIdentity.builder(known)
                    .addAttribute(RoutingContext.class.getName(), context).build());
        }

        /**
         * The JSON API is for bearer tokens: an anonymous call gets 401 with a Bearer challenge, not the browser's
         * redirect to the login page (which the OIDC mechanism sends for every other path).
         */
        @Override
        public Uni<ChallengeData> getChallenge(RoutingContext context) {
            if (context.normalizedPath().startsWith("/api/")) {
                return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
            }
            return Uni.createFrom().nullItem();
        }

        @Override
        public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
            return Set.of(TokenAuthenticationRequest.class);
        }

        @Override
        public int getPriority() {
            return DEFAULT_PRIORITY + 100;
        }
    }

    /** Keeps each identity verified from a bearer token, as it is after every other augmentor. */
    @ApplicationScoped
    public static class Keeper implements SecurityIdentityAugmentor {
        @Inject
        VerifiedTokens tokens;

        @Override
        public int priority() {
            return Integer.MIN_VALUE; // last: what is kept is the identity exactly as requests get it
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
