package io.switchboard.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.switchboard.common.Conflict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Secrets at rest (API keys, tokens): AES-256-GCM with a random 96-bit nonce per value, stored as
 * {@code v1:<base64(nonce ‖ ciphertext ‖ tag)>}. The key is {@code switchboard.secrets.key}: 32 bytes, base64.
 * Without a key nothing secret can be saved; the refusal says which setting is missing.
 */
@ApplicationScoped
public class Secrets {
    private static final String PREFIX = "v1:";
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    @Inject
    public Secrets(@ConfigProperty(name = "switchboard.secrets.key") Optional<String> base64Key) {
        this.key = base64Key.filter(k -> !k.isBlank()).map(Secrets::key).orElse(null);
    }

    private static SecretKeySpec key(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("switchboard.secrets.key is not base64", e);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("switchboard.secrets.key must be 32 bytes (base64 of 32 random bytes); it has "
                    + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    public boolean available() {
        return key != null;
    }

    public String encrypt(String plain) {
        if (key == null) {
            throw new Conflict("Secrets cannot be stored: the server has no encryption key. Set switchboard.secrets.key "
                    + "(SWITCHBOARD_SECRETS_KEY, base64 of 32 random bytes) and restart.");
        }
        try {
            byte[] nonce = new byte[NONCE];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE + sealed.length).put(nonce)
                    .put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    /**
     * A stored secret that cannot be opened: sealed with another key (the key was changed) or tampered with. Answered
     * 409 with what to do, since only storing the secret again (reconnecting) mends it.
     */
    public static class Unreadable extends io.switchboard.common.Conflict {
        Unreadable(String reason, Throwable cause) {
            super(reason);
            initCause(cause);
        }
    }

    /** The clear value; fails with {@link Unreadable} when it was not sealed with this key (wrong key, or tampered with). */
    public String decrypt(String stored) {
        if (key == null) {
            throw new Unreadable("A stored secret cannot be read: this installation has no SWITCHBOARD_SECRETS_KEY.", null);
        }
        if (!stored.startsWith(PREFIX)) {
            throw new Unreadable("A stored secret is damaged: enter it again (reconnect) to store it anew.", null);
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE));
            return new String(cipher.doFinal(all, NONCE, all.length - NONCE), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new Unreadable("A stored secret could not be read with the configured key (was SWITCHBOARD_SECRETS_KEY "
                    + "changed?): enter it again (reconnect) to store it anew.", e);
        }
    }
}
