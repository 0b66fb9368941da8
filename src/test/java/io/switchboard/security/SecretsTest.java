package io.switchboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.switchboard.common.Conflict;

class SecretsTest {
    static String key(char fill) {
        return Base64.getEncoder().encodeToString(String.valueOf(fill).repeat(32).getBytes());
    }

    final Secrets secrets = new Secrets(Optional.of(key('a')));

    @Test
    void roundTripsWithAFreshNonceEachTime() {
        String one = secrets.encrypt("quiq-key");
        String two = secrets.encrypt("quiq-key");
        assertThat(one).startsWith("v1:").doesNotContain("quiq-key").isNotEqualTo(two);
        assertThat(secrets.decrypt(one)).isEqualTo("quiq-key");
        assertThat(secrets.decrypt(two)).isEqualTo("quiq-key");
    }

    @Test
    void aTamperedValueOrAnotherKeyCannotBeRead() {
        String sealed = secrets.encrypt("dashbot-key");
        byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
        raw[raw.length - 1] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(raw);
        assertThatThrownBy(() -> secrets.decrypt(tampered)).isInstanceOf(Secrets.Unreadable.class);
        assertThatThrownBy(() -> new Secrets(Optional.of(key('b'))).decrypt(sealed))
                .isInstanceOf(Secrets.Unreadable.class).hasMessageContaining("configured key").hasMessageContaining("reconnect");
    }

    @Test
    void withoutAKeyNothingSecretIsStoredAndTheRefusalSaysWhatToSet() {
        Secrets none = new Secrets(Optional.empty());
        assertThat(none.available()).isFalse();
        assertThatThrownBy(() -> none.encrypt("x")).isInstanceOf(Conflict.class)
                .hasMessageContaining("SWITCHBOARD_SECRETS_KEY");
        assertThatThrownBy(() -> new Secrets(Optional.of(Base64.getEncoder().encodeToString(new byte[16]))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("32 bytes");
    }
}
