package io.switchboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** The cache's rules at their edges: the token's exp, the time-to-live, no exp, disabled, bounded. */
class VerifiedTokensTest {
    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    /** A clock the test moves. */
    static final class MovingClock extends Clock {
        Instant now = NOW;

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    static SecurityIdentity identity(String name, Long exp) {
        Map<String, Object> claims = exp == null ? Map.of("sub", name) : Map.of("sub", name, "exp", exp);
        JsonWebToken jwt = new JsonWebToken() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @SuppressWarnings("unchecked")
            @Override
            public <T> T getClaim(String claimName) {
                return (T) claims.get(claimName);
            }
        };
        return QuarkusSecurityIdentity.builder().setPrincipal(jwt).addRole("admin").build();
    }

    final MovingClock clock = new MovingClock();
    final VerifiedTokens tokens = new VerifiedTokens(Duration.ofSeconds(60), 100, clock);

    @Test
    void aTokenIsKnownUntilItsExpWhenThatComesBeforeTheTimeToLive() {
        SecurityIdentity id = identity("ann", NOW.plusSeconds(30).getEpochSecond());
        tokens.keep("t1", id);
        clock.now = NOW.plusSeconds(29);
        assertThat(tokens.find("t1")).isSameAs(id);
        clock.now = NOW.plusSeconds(30);
        assertThat(tokens.find("t1")).isNull();
    }

    @Test
    void aLongLivedTokenIsVerifiedAgainAfterTheTimeToLive() {
        SecurityIdentity id = identity("bob", NOW.plusSeconds(3600).getEpochSecond());
        tokens.keep("t2", id);
        clock.now = NOW.plusSeconds(59);
        assertThat(tokens.find("t2")).isSameAs(id);
        clock.now = NOW.plusSeconds(60);
        assertThat(tokens.find("t2")).isNull();
    }

    @Test
    void tokensWithoutExpOrAlreadyExpiredAreNotKept() {
        tokens.keep("no-exp", identity("cat", null));
        tokens.keep("expired", identity("dan", NOW.getEpochSecond()));
        assertThat(tokens.find("no-exp")).isNull();
        assertThat(tokens.find("expired")).isNull();
    }

    @Test
    void onlyTheExactTokenMatches() {
        tokens.keep("abc.def.ghi", identity("eve", NOW.plusSeconds(600).getEpochSecond()));
        assertThat(tokens.find("abc.def.ghj")).isNull();
        assertThat(tokens.find("abc.def.gh")).isNull();
        assertThat(tokens.find("abc.def.ghi")).isNotNull();
    }

    @Test
    void aZeroTimeToLiveTurnsTheCacheOff() {
        VerifiedTokens off = new VerifiedTokens(Duration.ZERO, 100, clock);
        off.keep("t", identity("fay", NOW.plusSeconds(600).getEpochSecond()));
        assertThat(off.find("t")).isNull();
    }

    @Test
    void theCacheIsBounded() {
        VerifiedTokens small = new VerifiedTokens(Duration.ofSeconds(60), 10, clock);
        for (int i = 0; i < 1000; i++) {
            small.keep("t" + i, identity("u" + i, NOW.plusSeconds(600).getEpochSecond()));
        }
        assertThat(small.size()).isLessThanOrEqualTo(10);
    }
}
