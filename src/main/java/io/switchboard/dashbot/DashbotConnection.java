package io.switchboard.dashbot;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * "Test connection": asks Quiq for a conversation that does not exist (404 means the address and the credentials
 * work) and posts an empty event to Dashbot (a 2xx or 400 means the tracker answered and did not refuse the key),
 * and says for each what failed. Nothing is forwarded.
 */
@ApplicationScoped
public class DashbotConnection {
    static final String PROBE = "cid.switchboard-connection-test";

    @Inject
    DashbotSettings settings;
    @ConfigProperty(name = "switchboard.dashbot.timeout", defaultValue = "PT10S")
    Duration timeout;

    private DashbotHttp http;

    @PostConstruct
    void init() {
        http = new DashbotHttp(timeout);
    }

    /** One sentence per service. */
    public List<String> test(String tenantId) {
        DashbotSettings.Unsealed s = settings.unseal(tenantId);
        List<String> out = new ArrayList<>();
        if (s == null || s.quiqBaseUrl() == null || s.quiqApiKey() == null) {
            out.add("Quiq: not configured (base URL and API key needed).");
        } else {
            DashbotHttp.Answer a = http.conversation(s.quiqBaseUrl(),
                    DashbotHttp.authorization(s.quiqAuth(), s.quiqApiKey(), s.quiqApiSecret()), PROBE);
            out.add(a.status() == 404 || a.ok() ? "Quiq: OK, reached and the credentials were accepted."
                    : a.status() == 401 || a.status() == 403 ? "Quiq: the credentials were refused (" + a.status() + ")."
                            : "Quiq: failed — " + a.describe("Quiq") + ".");
        }
        if (s == null || s.dashbotApiKey() == null) {
            out.add("Dashbot: not configured (API key needed).");
        } else {
            DashbotHttp.Answer a = http.track(s.dashbotUrl(), "incoming", s.dashbotApiKey(), "{}");
            out.add(a.ok() || a.status() == 400 ? "Dashbot: OK, the tracker answered and did not refuse the API key."
                    : a.status() == 401 || a.status() == 403 ? "Dashbot: the API key was refused (" + a.status() + ")."
                            : "Dashbot: failed — " + a.describe("Dashbot") + ".");
        }
        return out;
    }
}
