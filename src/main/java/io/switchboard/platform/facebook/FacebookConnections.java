package io.switchboard.platform.facebook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.switchboard.audit.AuditLog;
import io.switchboard.common.Conflict;
import io.switchboard.common.FieldErrors;
import io.switchboard.common.InvalidInput;
import io.switchboard.common.StaleUpdate;
import io.switchboard.contactpoint.ContactPointView;
import io.switchboard.contactpoint.ContactPoints;
import io.switchboard.platform.facebook.FacebookChecklist.Line;
import io.switchboard.security.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

/**
 * Connects a contact point's Facebook page and keeps its checklist. Graph requests run outside any transaction;
 * what they found is written in one short transaction that checks the version the admin saw.
 */
@ApplicationScoped
public class FacebookConnections {
    static final String ENTITY = "facebook_connection";
    /** The version a form or request sends when it expects no connection yet. */
    public static final long NOT_CONNECTED = -1;

    /** What pages and the API show: never a token. */
    public record View(boolean configured, boolean connected, String pageId, String pageName, String userName,
            Instant tokenExpiresAt, List<Line> checklist, Instant checkedAt, long version, Instant updatedAt,
            String updatedBy) {
        public boolean allGreen() {
            return checklist.stream().allMatch(Line::green);
        }
    }

    @Inject
    FacebookConfig config;
    @Inject
    FacebookGraph graph;
    @Inject
    ContactPoints contactPoints;
    @Inject
    Secrets secrets;
    @Inject
    AuditLog audit;

    public boolean configured() {
        return config.configured();
    }

    public List<String> requiredPermissions() {
        return config.requiredPermissions();
    }

    public View get(String tenantId, String contactPointId) {
        contactPoints.get(tenantId, contactPointId);
        return view(FacebookConnection.findByContactPoint(tenantId, contactPointId));
    }

    /**
     * Connects a page (no connection yet) or reconnects (a new user token; the page is kept). Runs "associate user"
     * first: the token exchange, then the user's name, then everything else.
     */
    public View connect(String tenantId, String contactPointId, String userAccessToken, String pageUrl, Long version,
            String actor) {
        ContactPointView cp = contactPoints.get(tenantId, contactPointId);
        requireConfigured();
        FacebookConnection existing = FacebookConnection.findByContactPoint(tenantId, contactPointId);
        checkVersion(cp, existing, version);
        FieldErrors errors = FieldErrors.none();
        String token = userAccessToken == null ? "" : userAccessToken.strip();
        if (token.isEmpty()) {
            errors.add("userAccessToken", "Paste the user access token that Facebook Login gave you.");
        } else if (token.length() > 1000 || token.chars().anyMatch(Character::isWhitespace)) {
            errors.add("userAccessToken", "That is not an access token (one word of letters and digits, at most 1,000).");
        }
        FacebookPageUrl.Parsed page = null;
        if (pageUrl != null && !pageUrl.isBlank() || existing == null) {
            page = FacebookPageUrl.parse(pageUrl);
            if (!page.ok()) {
                errors.add("pageUrl", page.error());
            }
        }
        errors.throwIfAny();

        // 1. associate user
        GraphAnswer exchange = graph.exchange(token);
        String longLived = exchange.ok() ? exchange.text("access_token") : null;
        if (!exchange.ok() || longLived == null) {
            throw refusal(exchange, "userAccessToken", "Facebook did not exchange the user access token for a "
                    + "long-lived one", "Get a new token from Facebook Login and paste it again.");
        }
        Instant now = Instant.now();
        long expiresIn = exchange.json().path("expires_in").asLong(0);
        GraphAnswer me = graph.me(longLived);
        if (!me.ok()) {
            throw refusal(me, "userAccessToken", "Facebook did not say whose token this is", "Try again.");
        }
        GraphAnswer debug = graph.debugToken(longLived);

        // 2. page identification
        String node = page != null ? page.node() : existing.pageId;
        GraphAnswer lookup = graph.page(node, longLived);
        String pageId = lookup.text("id");
        if (!lookup.ok() || pageId == null) {
            throw refusal(lookup, "pageUrl", "Facebook found no page at that address",
                    "Check the address: open the page on Facebook and copy it from the address bar.");
        }
        String pageName = lookup.text("name") == null ? pageId : lookup.text("name");
        if (existing != null && !existing.pageId.equals(pageId)) {
            throw new Conflict("“" + cp.label() + "” is connected to the page “" + existing.pageName + "” ("
                    + existing.pageId + "). One page per contact point: disconnect it first, then connect “" + pageName
                    + "”.");
        }
        refuseIfConnectedElsewhere(tenantId, contactPointId, pageId, pageName);
        Checked checked = rest(me.text("name"), debug, pageId, pageName, null, longLived, null);

        Instant expires = FacebookChecklist.expiresAt(debug);
        if (expires == null && expiresIn > 0) {
            expires = now.plusSeconds(expiresIn);
        }
        Instant tokenExpires = expires;
        try {
            return store(tenantId, cp, version, pageId, me, longLived, tokenExpires, checked, actor);
        } catch (org.hibernate.exception.ConstraintViolationException e) {
            // the same page connected elsewhere at the same moment: the unique index decided; say where
            refuseIfConnectedElsewhere(tenantId, contactPointId, pageId, pageName);
            throw e;
        }
    }

    private View store(String tenantId, ContactPointView cp, Long version, String pageId, GraphAnswer me,
            String longLived, Instant tokenExpires, Checked checked, String actor) {
        String contactPointId = cp.id();
        return QuarkusTransaction.requiringNew().call(() -> {
            FacebookConnection row = FacebookConnection.findByContactPoint(tenantId, contactPointId);
            if (row != null) {
                FacebookConnection.getEntityManager().lock(row, LockModeType.PESSIMISTIC_WRITE);
            }
            checkVersion(cp, row, version);
            Map<String, Object> before = row == null ? null : audited(row);
            boolean reconnect = row != null;
            if (row == null) {
                row = new FacebookConnection();
                row.tenantId = tenantId;
                row.contactPointId = contactPointId;
                row.connectedAt = Instant.now();
                row.connectedBy = actor;
                row.version = 0;
            } else {
                row.version++;
            }
            row.pageId = pageId;
            row.userId = me.text("id");
            row.userName = me.text("name");
            row.userToken = secrets.encrypt(longLived);
            row.tokenExpiresAt = tokenExpires;
            apply(row, checked);
            row.updatedAt = Instant.now();
            row.updatedBy = actor;
            row.persistAndFlush();
            audit.record(tenantId, actor, ENTITY, contactPointId, reconnect ? "reconnect" : "connect", before,
                    audited(row));
            return view(row);
        });
    }

    /** "Check again": steps 2–4 and the token's health, with the stored tokens. */
    public View check(String tenantId, String contactPointId, String actor) {
        contactPoints.get(tenantId, contactPointId);
        requireConfigured();
        FacebookConnection row = requireConnected(tenantId, contactPointId);
        String userToken = secrets.decrypt(row.userToken);
        GraphAnswer debug = graph.debugToken(userToken);
        GraphAnswer lookup = graph.page(row.pageId, userToken);
        String pageName = lookup.ok() && lookup.text("name") != null ? lookup.text("name") : row.pageName;
        Checked checked = rest(row.userName, debug, row.pageId, pageName, lookup, userToken,
                row.pageToken == null ? null : secrets.decrypt(row.pageToken));
        Instant expires = FacebookChecklist.expiresAt(debug);
        return save(tenantId, contactPointId, row.version, checked, expires, "check", actor);
    }

    public record Subscribed(View view, String outcome, boolean ok) {
    }

    /** The fix of the subscription item: subscribes the app to the page's messaging webhooks, then checks again. */
    public Subscribed subscribe(String tenantId, String contactPointId, String actor) {
        contactPoints.get(tenantId, contactPointId);
        requireConfigured();
        FacebookConnection row = requireConnected(tenantId, contactPointId);
        if (row.pageToken == null) {
            throw new Conflict("There is no page token to subscribe with: " + (row.userName == null ? "the connected user"
                    : row.userName) + " does not manage “" + row.pageName + "”. Reconnect as a user who manages the page.");
        }
        GraphAnswer answer = graph.subscribe(row.pageId, secrets.decrypt(row.pageToken));
        boolean ok = answer.ok() && answer.json().path("success").asBoolean(false);
        View after = check(tenantId, contactPointId, actor);
        String outcome = ok ? "The app is subscribed to “" + row.pageName + "” (messages, messaging_postbacks)."
                : "Facebook did not subscribe the app: " + (answer.ok() ? "it answered without success" : answer.problem())
                        + ".";
        QuarkusTransaction.requiringNew().run(() -> audit.record(tenantId, actor, ENTITY, contactPointId, "subscribe",
                null, Map.of("pageId", row.pageId, "subscribedFields", FacebookGraph.SUBSCRIBED_FIELDS, "ok", ok,
                        "outcome", outcome)));
        return new Subscribed(after, outcome, ok);
    }

    public void disconnect(String tenantId, String contactPointId, Long version, String actor) {
        ContactPointView cp = contactPoints.get(tenantId, contactPointId);
        QuarkusTransaction.requiringNew().run(() -> {
            FacebookConnection row = FacebookConnection.findByContactPoint(tenantId, contactPointId);
            if (row == null) {
                throw new Conflict("“" + cp.label() + "” has no Facebook page connected.");
            }
            FacebookConnection.getEntityManager().lock(row, LockModeType.PESSIMISTIC_WRITE);
            checkVersion(cp, row, version);
            Map<String, Object> before = audited(row);
            row.delete();
            audit.record(tenantId, actor, ENTITY, contactPointId, "disconnect", before, null);
        });
    }

    private record Checked(List<Line> lines, String pageName, String pageToken) {
    }

    /** Steps 2 (page token) to 4 with the user token; {@code storedPageToken} is kept when Facebook fails. */
    private Checked rest(String userName, GraphAnswer debug, String pageId, String pageName, GraphAnswer lookup,
            String userToken, String storedPageToken) {
        GraphAnswer tokenAnswer = lookup == null || lookup.ok() ? graph.pageToken(pageId, userToken) : null;
        String pageToken = tokenAnswer != null && tokenAnswer.ok() ? tokenAnswer.text("access_token") : null;
        if (tokenAnswer != null && tokenAnswer.ok() && pageToken == null || tokenAnswer != null && tokenAnswer.refused()) {
            storedPageToken = null; // Facebook says the user no longer manages the page
        }
        String usable = pageToken != null ? pageToken : storedPageToken;
        GraphAnswer subscribed = usable == null ? null : graph.subscribedApps(pageId, usable);
        GraphAnswer permissions = graph.permissions(userToken);
        List<Line> lines = FacebookChecklist.evaluate(new FacebookChecklist.Answers(userName, debug, pageId, pageName,
                lookup, tokenAnswer, subscribed, permissions), graph.appId(), config.requiredPermissions(), Instant.now());
        return new Checked(lines, pageName, usable);
    }

    private void apply(FacebookConnection row, Checked checked) {
        row.pageName = checked.pageName();
        row.pageToken = checked.pageToken() == null ? null : secrets.encrypt(checked.pageToken());
        row.checklist = stored(checked.lines());
        row.checkedAt = Instant.now();
    }

    private View save(String tenantId, String contactPointId, long seenVersion, Checked checked, Instant expires,
            String action, String actor) {
        return QuarkusTransaction.requiringNew().call(() -> {
            FacebookConnection row = FacebookConnection.findByContactPoint(tenantId, contactPointId);
            if (row == null || row.version != seenVersion) {
                throw new Conflict("The Facebook connection changed while it was being checked; reload and check again.");
            }
            FacebookConnection.getEntityManager().lock(row, LockModeType.PESSIMISTIC_WRITE);
            Map<String, Object> before = audited(row);
            apply(row, checked);
            if (expires != null) {
                row.tokenExpiresAt = expires;
            }
            row.persistAndFlush();
            audit.record(tenantId, actor, ENTITY, contactPointId, action, before, audited(row));
            return view(row);
        });
    }

    private void refuseIfConnectedElsewhere(String tenantId, String contactPointId, String pageId, String pageName) {
        FacebookConnection other = FacebookConnection.findByPageInAnyTenant(pageId);
        if (other == null || other.tenantId.equals(tenantId) && other.contactPointId.equals(contactPointId)) {
            return;
        }
        String where = other.tenantId.equals(tenantId)
                ? "the contact point “" + contactPoints.get(tenantId, other.contactPointId).label() + "” ("
                        + other.contactPointId + ")"
                : "another Switchboard tenant";
        throw new Conflict("The page “" + pageName + "” (" + pageId + ") is already connected to " + where
                + ". A page can be connected to one contact point only: disconnect it there first.");
    }

    /** A Graph answer that stops a connect: Facebook refusing what was sent is bad input; Facebook failing is not. */
    private static RuntimeException refusal(GraphAnswer answer, String field, String lead, String fix) {
        String problem = answer.ok() ? "its answer lacked the expected field" : answer.problem();
        if (answer.refused()) {
            return InvalidInput.of(field, lead + ". " + problem + ". " + fix + " Nothing was saved.");
        }
        return new FacebookUnavailable(lead + ". " + problem + ". Nothing was saved; try again in a few minutes.");
    }

    private void requireConfigured() {
        if (!configured()) {
            throw new Conflict("Facebook is not configured for this installation: set SWITCHBOARD_FACEBOOK_APP_ID and "
                    + "SWITCHBOARD_FACEBOOK_APP_SECRET (the Facebook app's id and secret) and restart.");
        }
    }

    private static FacebookConnection requireConnected(String tenantId, String contactPointId) {
        FacebookConnection row = FacebookConnection.findByContactPoint(tenantId, contactPointId);
        if (row == null) {
            throw new Conflict("“" + contactPointId + "” has no Facebook page connected; connect one first.");
        }
        return row;
    }

    private static void checkVersion(ContactPointView cp, FacebookConnection row, Long expected) {
        if (expected == null) {
            return;
        }
        long actual = row == null ? NOT_CONNECTED : row.version;
        if (expected != actual) {
            throw new StaleUpdate("The Facebook connection of “" + cp.label() + "”",
                    row == null ? "someone (it was disconnected)" : row.updatedBy,
                    row == null ? Instant.now() : row.updatedAt);
        }
    }

    private View view(FacebookConnection row) {
        if (row == null) {
            return new View(configured(), false, null, null, null, null, List.of(), null, NOT_CONNECTED, null, null);
        }
        return new View(configured(), true, row.pageId, row.pageName, row.userName, row.tokenExpiresAt, lines(row.checklist),
                row.checkedAt, row.version, row.updatedAt, row.updatedBy);
    }

    private static List<Map<String, String>> stored(List<Line> lines) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Line l : lines) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("item", l.item().name());
            m.put("status", l.status().name());
            m.put("message", l.message());
            m.put("fix", l.fix());
            m.put("action", l.action() == null ? null : l.action().name());
            out.add(m);
        }
        return out;
    }

    private static List<Line> lines(List<Map<String, String>> stored) {
        if (stored == null) {
            return List.of();
        }
        return stored.stream().map(m -> new Line(FacebookChecklist.Item.valueOf(m.get("item")),
                FacebookChecklist.Status.valueOf(m.get("status")), m.get("message"), m.get("fix"),
                m.get("action") == null ? null : FacebookChecklist.Action.valueOf(m.get("action")))).toList();
    }

    /** What the audit log keeps: never a token. */
    private static Map<String, Object> audited(FacebookConnection row) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pageId", row.pageId);
        m.put("pageName", row.pageName);
        m.put("userName", row.userName);
        m.put("tokenExpiresAt", row.tokenExpiresAt == null ? null : row.tokenExpiresAt.toString());
        m.put("pageTokenStored", row.pageToken != null);
        Map<String, String> items = new LinkedHashMap<>();
        lines(row.checklist).forEach(l -> items.put(l.item().name(), l.status().name()));
        m.put("checklist", items);
        return m;
    }
}
