package io.switchboard.outbound;

import java.util.UUID;

import io.quarkus.logging.Log;

/** The gateway when none is configured: logs that a message would go out (never its text) and gives it an id. */
public class LoggingSmsGateway implements SmsGateway {
    @Override
    public String send(String from, String to, String text) {
        String id = "log-" + UUID.randomUUID();
        Log.infof("SMS %s from %s to %s (%d characters); no gateway configured (switchboard.sms.gateway.url)", id, from,
                to, text.length());
        return id;
    }
}
