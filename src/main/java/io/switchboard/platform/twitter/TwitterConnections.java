package io.switchboard.platform.twitter;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.switchboard.audit.AuditLog;
import io.switchboard.common.Conflict;
import io.switchboard.common.FieldErrors;
import io.switchboard.common.StaleUpdate;
import io.switchboard.contactpoint.ContactPointView;
import io.switchboard.contactpoint.ContactPoints;
import io.switchboard.security.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A contact point's X account (DESIGN §3.7): connect or reconnect with the account's OAuth 1.0a access token and
 * secret, check again, disconnect. X is asked outside any transaction; what it answered is then saved in one.
 */
@ApplicationScoped
public class TwitterConnections {
    static final String ENTITY = "twitter_connection";
    public static final String ENV_KEYS = "SWITCHBOARD_TWITTER_CONSUMER_KEY and SWITCHBOARD_TWITTER_CONSUMER_SECRET";

    /** What the page and the API show; never a token. */
    public record View(boolean connected, String accountId, String screenName, String name, Boolean dmsFromAnyone,
            List<TwitterChecklist.Item> checklist, Instant checkedAt, long version, Instant updatedAt, String updatedBy) {
        static View of(TwitterConnection c) {
            return c == null ? new View(false, null, null, null, null, List.of(), null, 0, null, null)
                    : new View(true, c.accountId, c.screenName, c.name, c.dmsFromAnyone, c.checklist, c.checkedAt,
                            c.version, c.updatedAt, c.updatedBy);
        }

        public boolean allGreen() {
            return checklist.stream().allMatch(TwitterChecklist.Item::green);
        }

        Map<String, Object> audited() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("connected", connected);
            m.put("accountId", accountId);
            m.put("screenName", screenName);
            m.put("dmsFromAnyone", dmsFromAnyone);
            Map<String, String> items = new LinkedHashMap<>();
            checklist.forEach(i -> items.put(i.item(), i.status().name()));
            m.put("checklist", items);
            return m;
        }
    }

    @Inject
    TwitterConfig config;
    @Inject
    TwitterHttp http;
    @Inject
    Secrets secrets;
    @Inject
    ContactPoints contactPoints;
    @Inject
    AuditLog audit;

    public boolean configured() {
        return config.configured();
    }

    /** The contact point's connection; 404 for a contact point of another tenant. */
    public View get(String tenantId, String contactPointId) {
        contactPoints.get(tenantId, contactPointId);
        return View.of(TwitterConnection.findByContactPoint(tenantId, contactPointId));
    }

    /**
     * Connects the account the tokens belong to, or replaces the connected one (reconnect). Refused, with nothing
     * saved: blank or overlong tokens, tokens X refuses (400, named fields), an account already connected elsewhere
     * or X not configured (409), X not answering (XUnavailable). {@code version}: the one the admin saw, or null.
     */
    public View connect(String tenantId, String contactPointId, String accessToken, String accessTokenSecret,
            Long version, String actor) {
        contactPoints.get(tenantId, contactPointId);
        FieldErrors errors = FieldErrors.none();
        checkToken("accessToken", "access token", accessToken, errors);
        checkToken("accessTokenSecret", "access token secret", accessTokenSecret, errors);
        errors.throwIfAny();
        requireConfigured();
        if (!secrets.available()) {
            secrets.encrypt(""); // refuses, naming the missing key, before X is asked anything
        }
        String token = accessToken.strip();
        String secret = accessTokenSecret.strip();
        TwitterChecklist.Result result = TwitterChecklist.evaluate(http.verifyCredentials(token, secret),
                http.settings(token, secret));
        if (result.tokenRefused()) {
            FieldErrors refused = FieldErrors.none().add("accessToken", "X refused this access token and secret (401): "
                    + "copy the account's Access Token and Secret again (not the app's API key), or regenerate them.");
            refused.throwIfAny();
        }
        if (result.account() == null) {
            throw new XUnavailable(result.items().get(0).message() + " Nothing was saved; try again.");
        }
        return QuarkusTransaction.requiringNew().call(() -> store(tenantId, contactPointId, token, secret, result,
                version, actor));
    }

    private View store(String tenantId, String contactPointId, String token, String secret,
            TwitterChecklist.Result result, Long version, String actor) {
        TwitterConnection c = TwitterConnection.findByContactPoint(tenantId, contactPointId);
        View before = View.of(c);
        if (c != null && version != null && version != c.version) {
            throw new StaleUpdate("The X connection", c.updatedBy, c.updatedAt);
        }
        TwitterChecklist.Account account = result.account();
        TwitterConnection other = TwitterConnection.findByAccount(account.id());
        if (other != null && !(other.tenantId.equals(tenantId) && other.contactPointId.equals(contactPointId))) {
            if (other.tenantId.equals(tenantId)) {
                ContactPointView cp = contactPoints.get(tenantId, other.contactPointId);
                throw new Conflict("@" + account.screenName() + " is already connected to the contact point “" + cp.label()
                        + "” (" + cp.id() + "). An X account takes its direct messages in one place: disconnect it "
                        + "there first. Nothing was saved.");
            }
            throw new Conflict("@" + account.screenName() + " is already connected in another Switchboard tenant. An X "
                    + "account takes its direct messages in one place: ask that tenant's admin to disconnect it. "
                    + "Nothing was saved.");
        }
        boolean reconnect = c != null;
        if (c == null) {
            c = new TwitterConnection();
            c.tenantId = tenantId;
            c.contactPointId = contactPointId;
            c.version = 0;
        } else {
            c.version++;
        }
        c.accountId = account.id();
        c.screenName = account.screenName();
        c.name = account.name();
        c.accessToken = secrets.encrypt(token);
        c.accessTokenSecret = secrets.encrypt(secret);
        apply(c, result);
        c.updatedAt = Instant.now();
        c.updatedBy = actor;
        c.persistAndFlush(); // the unique account index answers a race here, inside the transaction
        View after = View.of(c);
        audit.record(tenantId, actor, ENTITY, contactPointId, reconnect ? "reconnect" : "connect", before.audited(),
                after.audited());
        return after;
    }

    /** Runs the checklist again with the stored tokens and saves what X answered. */
    public View check(String tenantId, String contactPointId, String actor) {
        contactPoints.get(tenantId, contactPointId);
        TwitterConnection c = TwitterConnection.findByContactPoint(tenantId, contactPointId);
        if (c == null) {
            throw new Conflict("No X account is connected to this contact point: connect one first.");
        }
        requireConfigured();
        String token = secrets.decrypt(c.accessToken);
        String secret = secrets.decrypt(c.accessTokenSecret);
        TwitterChecklist.Result result = TwitterChecklist.evaluate(http.verifyCredentials(token, secret),
                http.settings(token, secret));
        return QuarkusTransaction.requiringNew().call(() -> {
            TwitterConnection now = TwitterConnection.findByContactPoint(tenantId, contactPointId);
            if (now == null) {
                throw new Conflict("The X account was disconnected meanwhile; nothing was checked.");
            }
            View before = View.of(now);
            if (result.account() != null && result.account().id().equals(now.accountId)) {
                now.screenName = result.account().screenName(); // renamed on X since
                now.name = result.account().name();
            }
            apply(now, result);
            View after = View.of(now);
            audit.record(tenantId, actor, ENTITY, contactPointId, "check", before.audited(), after.audited());
            return after;
        });
    }

    /** Forgets the account and its tokens. */
    public View disconnect(String tenantId, String contactPointId, Long version, String actor) {
        contactPoints.get(tenantId, contactPointId);
        return QuarkusTransaction.requiringNew().call(() -> {
            TwitterConnection c = TwitterConnection.findByContactPoint(tenantId, contactPointId);
            if (c == null) {
                throw new Conflict("No X account is connected to this contact point.");
            }
            if (version != null && version != c.version) {
                throw new StaleUpdate("The X connection", c.updatedBy, c.updatedAt);
            }
            View before = View.of(c);
            c.delete();
            audit.record(tenantId, actor, ENTITY, contactPointId, "disconnect", before.audited(), View.of(null).audited());
            return View.of(null);
        });
    }

    private static void apply(TwitterConnection c, TwitterChecklist.Result result) {
        c.checklist = result.items();
        c.dmsFromAnyone = result.dmsFromAnyone(); // null: not known at this check
        c.checkedAt = Instant.now();
    }

    private void requireConfigured() {
        if (!config.configured()) {
            throw new Conflict("X is not configured for this installation: the server needs the X app's consumer key "
                    + "and secret (set " + ENV_KEYS + ").");
        }
    }

    private static void checkToken(String field, String what, String value, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            errors.add(field, "Paste the account's " + what + ".");
        } else if (value.strip().length() > 200) {
            errors.add(field, "An X " + what + " is at most 200 characters.");
        } else if (value.strip().chars().anyMatch(Character::isWhitespace)) {
            errors.add(field, "An X " + what + " has no spaces: copy it again.");
        }
    }
}
