package io.switchboard.webchat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * The chat client's config, assembled once and kept for {@link #TTL}: it is read on every page view of every
 * customer site. A change of the settings or new live stats drops it at once on this instance (after commit);
 * other instances see it within the TTL, and the status it carries is at most that old.
 */
@ApplicationScoped
public class PublicConfigs {
    public static final Duration TTL = Duration.ofSeconds(5);

    /** What a request needs: the whitelist to check, the body, its ETag and the frame-ancestors header. */
    public record Config(List<String> whitelist, String json, String etag, String frameAncestors) {
    }

    /** Fired when a contact point's web chat changed. */
    public record Changed(String tenantId, String contactPointId) {
    }

    private final Cache<String, Config> cache = Caffeine.newBuilder().maximumSize(50_000).expireAfterWrite(TTL).build();

    @Inject
    WebChats webChats;
    @Inject
    ObjectMapper json;

    public Config get(String tenantId, String contactPointId) {
        return cache.get(tenantId + "\n" + contactPointId, k -> build(tenantId, contactPointId));
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed changed) {
        cache.invalidate(changed.tenantId() + "\n" + changed.contactPointId());
    }

    private Config build(String tenantId, String contactPointId) {
        WebChats.View view = webChats.get(tenantId, contactPointId);
        WebChatSettings s = view.settings();
        Availability.Status status = webChats.status(tenantId, contactPointId, null);
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
        try {
            String text = json.writeValueAsString(body);
            return new Config(List.copyOf(s.whitelistedDomains()), text, hash(text),
                    "frame-ancestors " + (s.whitelistedDomains().isEmpty() ? "*" : String.join(" ", s.whitelistedDomains())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
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
