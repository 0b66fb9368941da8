package io.switchboard.outbound;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The SMS gateway chosen by configuration: HTTP when {@code switchboard.sms.gateway.url} is set, else logging. */
@ApplicationScoped
public class SmsGateways {
    @ConfigProperty(name = "switchboard.sms.gateway.url")
    Optional<URI> url;
    @ConfigProperty(name = "switchboard.sms.gateway.token")
    Optional<String> token;
    @ConfigProperty(name = "switchboard.sms.gateway.timeout", defaultValue = "PT5S")
    Duration timeout;

    @Produces
    @ApplicationScoped
    SmsGateway gateway() {
        return url.<SmsGateway>map(u -> new HttpSmsGateway(u, token, timeout)).orElseGet(LoggingSmsGateway::new);
    }
}
