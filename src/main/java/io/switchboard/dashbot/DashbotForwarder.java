package io.switchboard.dashbot;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicIntegerArray;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.switchboard.common.Jdbc;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The scheduled forwarder (DESIGN §3.8). Each run: claims due conversations under a lease (FOR UPDATE SKIP
 * LOCKED, so several instances share the work), fetches them from Quiq and turns their messages into outbox rows
 * (one per message, never twice); then claims due outbox rows the same way and posts each to Dashbot, recording
 * the outcome of each row as soon as it is known. A run killed midway leaves leases that expire: nothing is lost.
 * Retries back off exponentially on timeouts, 429 and 5xx; another 4xx is not retried; a row is dead after the
 * configured attempts, with the last error; a message older than an hour is marked too old, not sent.
 */
@ApplicationScoped
public class DashbotForwarder {
    /** What one run did. */
    public record Run(long id, Instant startedAt, int conversations, int skipped, int sent, int failed, int dead,
            int tooOld) {
    }

    @Inject
    DataSource dataSource;
    @Inject
    DashbotSettings settings;
    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "switchboard.dashbot.max-attempts", defaultValue = "8")
    int maxAttempts;
    @ConfigProperty(name = "switchboard.dashbot.timeout", defaultValue = "PT10S")
    Duration timeout;
    @ConfigProperty(name = "switchboard.dashbot.lease", defaultValue = "PT5M")
    Duration lease;
    @ConfigProperty(name = "switchboard.dashbot.batch", defaultValue = "500")
    int batch;

    @ConfigProperty(name = "switchboard.dashbot.parallelism", defaultValue = "8")
    int parallelism;

    private DashbotHttp http;
    private ExecutorService senders;

    @PostConstruct
    void init() {
        http = new DashbotHttp(timeout);
        senders = Executors.newFixedThreadPool(parallelism, r -> {
            Thread t = new Thread(r, "dashbot-sender");
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void stop() {
        senders.shutdownNow();
    }

    @Scheduled(every = "${switchboard.dashbot.every:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "dashbot-forwarder")
    void scheduled() {
        run(null, Integer.MAX_VALUE);
    }

    /**
     * "Run now" for one tenant: the same work, but at most {@link #RUN_NOW_ROUNDS} batches of deliveries so the
     * request answers within seconds; the scheduler goes on with the rest.
     */
    public Run run(String tenantId) {
        return run(tenantId, RUN_NOW_ROUNDS);
    }

    static final int RUN_NOW_ROUNDS = 10;

    /** One run for every enabled tenant, or for one tenant; one run at a time on this instance. */
    synchronized Run run(String onlyTenant, int maxRounds) {
        AtomicIntegerArray counts = new AtomicIntegerArray(6); // conversations, skipped, sent, failed, dead, tooOld
        long runId;
        Instant started;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO dashbot_run DEFAULT VALUES RETURNING id, started_at");
                    ResultSet rs = st.executeQuery()) {
                rs.next();
                runId = rs.getLong(1);
                started = rs.getTimestamp(2).toInstant();
            }
            Map<String, DashbotSettings.Unsealed> config = new ConcurrentHashMap<>();
            String error = null;
            try {
                fetchConversations(c, onlyTenant, config, counts);
                deliver(c, onlyTenant, config, counts, maxRounds);
            } catch (SQLException | RuntimeException e) {
                error = e.getClass().getSimpleName() + ": " + e.getMessage();
                Log.errorf(e, "Dashbot run %d failed", runId);
            }
            Jdbc.update(c, """
                    UPDATE dashbot_run SET finished_at = now(), conversations = ?, sent = ?, failed = ?, dead = ?,
                        too_old = ?, error = ? WHERE id = ?""", counts.get(0), counts.get(2), counts.get(3), counts.get(4),
                    counts.get(5), error, runId);
        } catch (SQLException e) {
            throw new IllegalStateException("The Dashbot run could not be recorded", e);
        }
        return new Run(runId, started, counts.get(0), counts.get(1), counts.get(2), counts.get(3), counts.get(4),
                counts.get(5));
    }

    private void fetchConversations(Connection c, String onlyTenant, Map<String, DashbotSettings.Unsealed> config,
            AtomicIntegerArray counts) throws SQLException {
        try (PreparedStatement claim = c.prepareStatement("""
                UPDATE dashbot_conversation q SET next_attempt_at = now() + ?::interval, attempts = q.attempts + 1
                FROM (SELECT c.tenant_id, c.conversation_id FROM dashbot_conversation c
                      JOIN dashbot_settings s ON s.tenant_id = c.tenant_id AND s.enabled
                      WHERE c.status IN ('PENDING', 'FAILED') AND c.next_attempt_at <= now()
                        AND (?::text IS NULL OR c.tenant_id = ?)
                      ORDER BY c.next_attempt_at LIMIT ? FOR UPDATE OF c SKIP LOCKED) due
                WHERE q.tenant_id = due.tenant_id AND q.conversation_id = due.conversation_id
                RETURNING q.tenant_id, q.conversation_id, q.attempts""")) {
            claim.setString(1, lease.toSeconds() + " seconds");
            claim.setString(2, onlyTenant);
            claim.setString(3, onlyTenant);
            claim.setInt(4, batch);
            try (ResultSet rs = claim.executeQuery()) {
                while (rs.next()) {
                    String tenant = rs.getString(1);
                    DashbotSettings.Unsealed s = config.computeIfAbsent(tenant, settings::unseal);
                    fetchOne(c, tenant, rs.getString(2), rs.getInt(3), s, counts);
                }
            }
        }
    }

    private void fetchOne(Connection c, String tenant, String conversation, int attempts, DashbotSettings.Unsealed s,
            AtomicIntegerArray counts) throws SQLException {
        counts.incrementAndGet(0);
        DashbotHttp.Answer answer = http.conversation(s.quiqBaseUrl(),
                DashbotHttp.authorization(s.quiqAuth(), s.quiqApiKey(), s.quiqApiSecret()), conversation);
        if (!answer.ok()) {
            boolean dead = answer.status() == 404 || attempts >= maxAttempts;
            String error = answer.status() == 404 ? "Quiq has no conversation " + conversation + "."
                    : answer.describe("Quiq");
            conversationStatus(c, tenant, conversation, dead ? "DEAD" : "FAILED", error,
                    DashbotMessages.backoffSeconds(attempts - 1));
            return;
        }
        DashbotMessages.Result result;
        try {
            result = DashbotMessages.of(json.readTree(answer.body()), s.contactPoints());
        } catch (java.io.IOException e) {
            conversationStatus(c, tenant, conversation, attempts >= maxAttempts ? "DEAD" : "FAILED",
                    "Quiq answered something that is not JSON.", DashbotMessages.backoffSeconds(attempts - 1));
            return;
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            if (result.skipped() == null) {
                try (PreparedStatement st = c.prepareStatement("""
                        INSERT INTO dashbot_outbox (tenant_id, conversation_id, message_id, type, body, message_at)
                        VALUES (?, ?, ?, ?, ?::jsonb, ?) ON CONFLICT DO NOTHING""")) {
                    for (DashbotMessages.Message m : result.messages()) {
                        st.setString(1, tenant);
                        st.setString(2, conversation);
                        st.setString(3, m.id());
                        st.setString(4, m.type());
                        st.setString(5, m.body().toString());
                        st.setTimestamp(6, Timestamp.from(m.at()));
                        st.addBatch();
                    }
                    st.executeBatch();
                }
            } else {
                counts.incrementAndGet(1);
            }
            conversationStatus(c, tenant, conversation, result.skipped() == null ? "FETCHED" : "SKIPPED",
                    result.skipped(), 0);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static void conversationStatus(Connection c, String tenant, String conversation, String status, String error,
            long retryInSeconds) throws SQLException {
        Jdbc.update(c, """
                UPDATE dashbot_conversation SET status = ?, last_error = ?, next_attempt_at = now() + ?::interval,
                    fetched_at = CASE WHEN ? IN ('FETCHED', 'SKIPPED') THEN now() ELSE fetched_at END
                WHERE tenant_id = ? AND conversation_id = ?""", status, error, retryInSeconds + " seconds", status, tenant,
                conversation);
    }

    private void deliver(Connection c, String onlyTenant, Map<String, DashbotSettings.Unsealed> config,
            AtomicIntegerArray counts, int maxRounds) throws SQLException {
        for (int round = 0; round < maxRounds; round++) {
            int claimed = 0;
            try (PreparedStatement claim = c.prepareStatement("""
                    UPDATE dashbot_outbox o SET next_attempt_at = now() + ?::interval
                    FROM (SELECT x.tenant_id, x.conversation_id, x.message_id FROM dashbot_outbox x
                          JOIN dashbot_settings s ON s.tenant_id = x.tenant_id AND s.enabled
                          WHERE x.state IN ('PENDING', 'FAILED') AND x.next_attempt_at <= now()
                            AND (?::text IS NULL OR x.tenant_id = ?)
                          ORDER BY x.next_attempt_at LIMIT ? FOR UPDATE OF x SKIP LOCKED) due
                    WHERE o.tenant_id = due.tenant_id AND o.conversation_id = due.conversation_id
                      AND o.message_id = due.message_id
                    RETURNING o.tenant_id, o.conversation_id, o.message_id, o.type, o.body::text, o.message_at, o.attempts""")) {
                claim.setString(1, lease.toSeconds() + " seconds");
                claim.setString(2, onlyTenant);
                claim.setString(3, onlyTenant);
                claim.setInt(4, batch);
                List<Claimed> rows = new ArrayList<>();
                try (ResultSet rs = claim.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Claimed(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getInt(7)));
                    }
                }
                claimed = rows.size();
                List<Future<?>> sends = new ArrayList<>();
                for (Claimed row : rows) {
                    DashbotSettings.Unsealed s = config.computeIfAbsent(row.tenant(), settings::unseal);
                    sends.add(senders.submit(() -> {
                        deliverOne(s, row, counts);
                        return null;
                    }));
                }
                for (Future<?> send : sends) {
                    try {
                        send.get();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("Interrupted while delivering", e);
                    } catch (ExecutionException e) {
                        Log.errorf(e.getCause(), "A Dashbot delivery could not be recorded; its lease will expire and it is retried");
                    }
                }
            }
            if (claimed < batch) {
                return;
            }
        }
    }

    /** A claimed outbox row. */
    private record Claimed(String tenant, String conversation, String message, String type, String body, Instant at,
            int attempts) {
    }

    /** Sends one row and records its outcome on a connection of its own, committed at once. */
    private void deliverOne(DashbotSettings.Unsealed s, Claimed row, AtomicIntegerArray counts) throws SQLException {
        String state;
        String error = null;
        long retryIn = 0;
        int attempts = row.attempts();
        if (DashbotMessages.tooOld(row.at(), Instant.now())) {
            counts.incrementAndGet(5);
            state = "TOO_OLD";
            error = "Dashbot refuses messages older than an hour; this one is from " + row.at() + ".";
        } else {
            DashbotHttp.Answer answer = http.track(s.dashbotUrl(), row.type(), s.dashbotApiKey(), row.body());
            attempts++;
            if (answer.ok()) {
                counts.incrementAndGet(2);
                state = "SENT";
            } else if (answer.retryable() && attempts < maxAttempts) {
                counts.incrementAndGet(3);
                state = "FAILED";
                error = answer.describe("Dashbot");
                retryIn = DashbotMessages.backoffSeconds(attempts - 1);
            } else {
                counts.incrementAndGet(4);
                state = "DEAD";
                error = answer.describe("Dashbot") + (answer.retryable() ? " (gave up after " + attempts + " attempts)"
                        : " (not retried)");
            }
        }
        try (Connection c = dataSource.getConnection()) {
            // Not waiting for the WAL flush: an app killed now keeps the outcome (PostgreSQL has it); only a crash of
            // PostgreSQL itself could lose the last outcomes, and those rows are then sent again, never lost.
            try (var st = c.createStatement()) {
                st.execute("SET synchronous_commit = off");
            }
            try {
                outcome(c, row.tenant(), row.conversation(), row.message(), state, attempts, error, retryIn);
            } finally {
                try (var st = c.createStatement()) {
                    st.execute("RESET synchronous_commit");
                }
            }
        }
    }

    private static void outcome(Connection c, String tenant, String conversation, String message, String state,
            int attempts, String error, long retryInSeconds) throws SQLException {
        Jdbc.update(c, """
                UPDATE dashbot_outbox SET state = ?, attempts = ?, last_error = ?, next_attempt_at = now() + ?::interval,
                    sent_at = CASE WHEN ? = 'SENT' THEN now() ELSE sent_at END
                WHERE tenant_id = ? AND conversation_id = ? AND message_id = ?""", state, attempts, error,
                retryInSeconds + " seconds", state, tenant, conversation, message);
    }
}
