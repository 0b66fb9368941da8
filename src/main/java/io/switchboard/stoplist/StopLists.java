package io.switchboard.stoplist;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.i18n.phonenumbers.PhoneNumberUtil;

import io.switchboard.audit.AuditLog;
import io.switchboard.common.Jdbc;
import io.switchboard.common.Times;
import io.switchboard.common.Conflict;
import io.switchboard.common.FieldErrors;
import io.switchboard.common.NotFound;
import io.switchboard.contactpoint.ContactPointDeleted;
import io.switchboard.contactpoint.ContactPoints;
import io.switchboard.sms.NumberList;
import io.switchboard.sms.PhoneNumbers;
import io.switchboard.sms.SmsNumberView;
import io.switchboard.sms.SmsNumbers;
import io.switchboard.stoplist.StopListViews.Change;
import io.switchboard.stoplist.StopListViews.Entry;
import io.switchboard.stoplist.StopListViews.HistoryRow;
import io.switchboard.stoplist.StopListViews.InboundResult;
import io.switchboard.stoplist.StopListViews.Page;
import io.switchboard.stoplist.StopListViews.Review;
import io.switchboard.stoplist.StopListViews.Status;
import io.switchboard.tenant.TenantSettings;
import io.switchboard.tenant.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Stop lists per contact point (DESIGN §3.5): admin and API changes, inbound keywords with carrier blocks,
 * the review queue, and the append-only history. Plain SQL: lists hold millions of rows.
 */
@io.quarkus.qute.TemplateData(namespace = "stopLists", properties = false)
@ApplicationScoped
public class StopLists {
    public static final int PAGE_SIZE = 50;
    public static final int MAX_PER_SUBMISSION = 50;
    /** A search counts its matches up to this many; beyond, the page says "more than". */
    static final int SEARCH_COUNT_CAP = 10_000;
    static final String ENTITY = "stop_list";
    private static final int SIZE_SLOTS = 16;
    /** Ten concatenated segments of 160 characters: more is not an SMS. */
    static final int MAX_INBOUND_TEXT = 1_600;

    @Inject
    EntityManager em;
    @Inject
    javax.sql.DataSource dataSource;
    @Inject
    ContactPoints contactPoints;
    @Inject
    SmsNumbers smsNumbers;
    @Inject
    Tenants tenants;
    @Inject
    AuditLog audit;

    // ---- reading

    /** A page of the list in number order; {@code query} finds numbers that start with the digits typed. */
    public Page page(String tenantId, String contactPointId, String query, int page) {
        return page(tenantId, contactPointId, query, page, null, null);
    }

    /**
     * As {@link #page(String, String, String, int)}, reached from the neighbouring page: the entries right after
     * {@code after} or right before {@code before} (E.164), found by the index whatever the depth (keyset paging);
     * {@code page} is then only the number shown. Without them the page is found by its offset.
     */
    public Page page(String tenantId, String contactPointId, String query, int page, String after, String before) {
        contactPoints.get(tenantId, contactPointId);
        int p = Math.max(page, 1);
        String q = query == null ? "" : query.strip();
        List<String[]> ranges = searchRanges(tenantId, q);
        if (ranges == null) {
            Number size = (Number) em.createNativeQuery(
                    "SELECT coalesce(sum(entries), 0) FROM stop_list_size WHERE tenant_id = :t AND contact_point_id = :cp")
                    .setParameter("t", tenantId).setParameter("cp", contactPointId).getSingleResult();
            long total = Math.max(0, size.longValue());
            List<Entry> entries = entries(tenantId, contactPointId, "", new LinkedHashMap<>(), p, after, before);
            return new Page(q, total, false, p, PAGE_SIZE, entries);
        }
        if (ranges.isEmpty()) {
            return new Page(q, 0, false, p, PAGE_SIZE, List.of());
        }
        // One index range per prefix, each counted up to a cap: fast at any list size.
        Map<String, Object> params = new LinkedHashMap<>();
        long count = 0;
        for (int i = 0; i < ranges.size(); i++) {
            String[] r = ranges.get(i);
            params.put("lo" + i, r[0]);
            params.put("hi" + i, r[1]);
            Number n = (Number) em.createNativeQuery("""
                    SELECT count(*) FROM (SELECT 1 FROM stop_list_entry WHERE tenant_id = :t AND contact_point_id = :cp
                    AND number >= :lo AND number < :hi LIMIT :cap) x""")
                    .setParameter("t", tenantId).setParameter("cp", contactPointId)
                    .setParameter("lo", r[0]).setParameter("hi", r[1]).setParameter("cap", SEARCH_COUNT_CAP + 1)
                    .getSingleResult();
            count += n.longValue();
        }
        boolean capped = count > SEARCH_COUNT_CAP;
        String where = ranges.size() == 1 ? " AND e.number >= :lo0 AND e.number < :hi0"
                : " AND ((e.number >= :lo0 AND e.number < :hi0) OR (e.number >= :lo1 AND e.number < :hi1))";
        List<Entry> entries = entries(tenantId, contactPointId, where, params, p, after, before);
        return new Page(q, capped ? SEARCH_COUNT_CAP : count, capped, p, PAGE_SIZE, entries);
    }

    /**
     * The hot path other systems call before sending: one statement on a plain JDBC connection (no ORM session),
     * the contact point checked in it.
     */
    public Status status(String tenantId, String contactPointId, String rawNumber) {
        String e164 = requireNumber(tenantId, rawNumber, "number");
        return find(tenantId, contactPointId, e164).orElseThrow(() -> notListed(e164, contactPointId));
    }

    /** The number's standing, empty when it is neither listed nor blocked; 404 for an unknown contact point. */
    public java.util.Optional<Status> find(String tenantId, String contactPointId, String e164) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement(STATUS_JDBC)) {
            st.setString(1, e164);
            st.setString(2, e164);
            st.setString(3, tenantId);
            st.setString(4, contactPointId);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw noContactPoint(contactPointId);
                }
                Timestamp addedAt = rs.getTimestamp(1);
                Timestamp blockedAt = rs.getTimestamp(3);
                return status(e164, addedAt == null ? null : addedAt.toInstant(), rs.getString(2),
                        blockedAt == null ? null : blockedAt.toInstant(), rs.getString(4));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Stop-list lookup failed", e);
        }
    }

    static NotFound noContactPoint(String contactPointId) {
        return new NotFound("There is no contact point “" + contactPointId + "”.");
    }

    static NotFound notListed(String e164, String contactPointId) {
        return new NotFound(e164 + " is not on the stop list of “" + contactPointId + "” and not carrier-blocked.");
    }

    /** One row of {@link #STATUS}: empty when the number is neither listed nor blocked. */
    static java.util.Optional<Status> status(String e164, Instant addedAt, String source, Instant blockedAt, String via) {
        if (addedAt == null && blockedAt == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Status(e164, addedAt != null, addedAt, source == null ? null : StopListSource.valueOf(source),
                blockedAt != null, blockedAt, via));
    }

    /** Parameters: number, number, tenant, contact point. One row when the contact point exists. */
    static final String STATUS = """
            SELECT e.added_at, e.source, b.blocked_at, b.via_number FROM contact_point c
            LEFT JOIN stop_list_entry e ON e.tenant_id = c.tenant_id AND e.contact_point_id = c.id AND e.number = $1
            LEFT JOIN carrier_block b ON b.tenant_id = c.tenant_id AND b.contact_point_id = c.id AND b.number = $2
            WHERE c.tenant_id = $3 AND c.id = $4""";
    private static final String STATUS_JDBC = STATUS.replaceAll("\\$\\d", "?");

    /** Every change of one number on one contact point, newest first. */
    @SuppressWarnings("unchecked")
    public List<HistoryRow> history(String tenantId, String contactPointId, String rawNumber) {
        contactPoints.get(tenantId, contactPointId);
        String e164 = requireNumber(tenantId, rawNumber, "number");
        List<Object[]> rows = em.createNativeQuery("""
                SELECT at, action, source, actor, detail FROM stop_list_history
                WHERE tenant_id = :t AND contact_point_id = :cp AND number = :n ORDER BY at DESC, id DESC LIMIT 200""")
                .setParameter("t", tenantId).setParameter("cp", contactPointId).setParameter("n", e164)
                .getResultList();
        return rows.stream().map(r -> new HistoryRow(Times.instant(r[0]), (String) r[1], StopListSource.valueOf((String) r[2]),
                (String) r[3], (String) r[4])).toList();
    }

    // ---- admin and API changes

    /** Typed lists from the page (commas, spaces or new lines between numbers). */
    @Transactional
    public Change change(String tenantId, String contactPointId, String typedAdd, String typedRemove,
            StopListSource source, String actor) {
        String region = tenants.settings(tenantId).defaultRegion();
        NumberList add = blank(typedAdd) ? NumberList.empty() : NumberList.parse(typedAdd, region, MAX_PER_SUBMISSION);
        NumberList remove = blank(typedRemove) ? NumberList.empty()
                : NumberList.parse(typedRemove, region, MAX_PER_SUBMISSION);
        return change(tenantId, contactPointId, add, remove, source, actor);
    }

    /** Lists from the JSON API. */
    @Transactional
    public Change change(String tenantId, String contactPointId, List<String> add, List<String> remove,
            StopListSource source, String actor) {
        String region = tenants.settings(tenantId).defaultRegion();
        NumberList a = add == null || add.isEmpty() ? NumberList.empty() : NumberList.of(add, region, MAX_PER_SUBMISSION);
        NumberList r = remove == null || remove.isEmpty() ? NumberList.empty()
                : NumberList.of(remove, region, MAX_PER_SUBMISSION);
        return change(tenantId, contactPointId, a, r, source, actor);
    }

    /** All or nothing: one bad entry, or more than 50 numbers in all, and nothing changes. */
    private Change change(String tenantId, String contactPointId, NumberList add, NumberList remove, StopListSource source,
            String actor) {
        contactPoints.get(tenantId, contactPointId);
        FieldErrors errors = FieldErrors.none();
        errors.addEach("add", add.errors());
        errors.addEach("remove", remove.errors());
        int total = add.numbers().size() + remove.numbers().size();
        if (errors.isEmpty() && total == 0) {
            errors.add("add", "Enter at least one phone number to add or remove.");
        } else if (errors.isEmpty() && total > MAX_PER_SUBMISSION) {
            errors.add("add", "At most " + MAX_PER_SUBMISSION + " numbers per submission; you entered " + total + ".");
        }
        List<String> both = add.numbers().stream().filter(remove.numbers()::contains).toList();
        if (!both.isEmpty()) {
            errors.add("remove", "Each number can be added or removed, not both: " + String.join(", ", both) + ".");
        }
        errors.throwIfAny();
        List<String> added = insertEntries(tenantId, contactPointId, add.numbers(), source, actor, null);
        List<String> removed = deleteEntries(tenantId, contactPointId, remove.numbers(), source, actor, null);
        List<String> stillBlocked = removed.isEmpty() ? List.of() : blocked(tenantId, contactPointId, removed);
        Change change = new Change(added, without(add.numbers(), added), removed, without(remove.numbers(), removed),
                stillBlocked);
        if (!added.isEmpty() || !removed.isEmpty()) {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("source", source.name());
            after.put("added", added);
            after.put("removed", removed);
            audit.record(tenantId, actor, ENTITY, contactPointId, removed.isEmpty() ? "add" : added.isEmpty() ? "remove"
                    : "add-remove", null, after);
        }
        return change;
    }

    /** Rows of one import at the most; a bigger list goes in several files. */
    public static final long MAX_IMPORT = 100_000;
    private static final int IMPORT_CHUNK = 1_000;
    private static final int ERRORS_SHOWN = 20;

    /**
     * Imports the numbers of a CSV file (see {@link CsvNumbers}); a file that is not readable CSV is refused
     * like a bad line, naming where it broke.
     */
    @Transactional
    public Change importCsv(String tenantId, String contactPointId, String csv, String actor) {
        List<Map.Entry<Long, String>> rows;
        try {
            rows = CsvNumbers.read(csv == null ? "" : csv);
        } catch (java.io.IOException | java.io.UncheckedIOException | IllegalStateException e) {
            contactPoints.get(tenantId, contactPointId);
            throw new io.switchboard.common.InvalidInput(FieldErrors.none().add("file",
                    "The file is not readable CSV: " + e.getMessage()));
        }
        return importNumbers(tenantId, contactPointId, rows, actor);
    }

    /**
     * Imports numbers (source IMPORT), all or nothing: the numbers as read from a CSV file, each with its line
     * number for the errors. Already listed numbers are counted, not changed.
     */
    private Change importNumbers(String tenantId, String contactPointId, List<Map.Entry<Long, String>> rows, String actor) {
        contactPoints.get(tenantId, contactPointId);
        String region = tenants.settings(tenantId).defaultRegion();
        List<String> errors = new ArrayList<>();
        java.util.LinkedHashSet<String> numbers = new java.util.LinkedHashSet<>();
        int bad = 0;
        for (Map.Entry<Long, String> row : rows) {
            PhoneNumbers.Parsed parsed = PhoneNumbers.parse(row.getValue(), region);
            if (parsed.valid()) {
                numbers.add(parsed.e164());
            } else if (++bad <= ERRORS_SHOWN) {
                errors.add("Line " + row.getKey() + ": " + parsed.error());
            }
        }
        if (bad > ERRORS_SHOWN) {
            errors.add("… and " + (bad - ERRORS_SHOWN) + " more bad lines.");
        }
        if (rows.isEmpty()) {
            errors.add("The file has no phone numbers.");
        } else if (rows.size() > MAX_IMPORT) {
            errors.add(0, "At most " + MAX_IMPORT + " numbers per import; the file has " + rows.size() + ".");
        }
        if (!errors.isEmpty()) {
            throw new io.switchboard.common.InvalidInput(FieldErrors.none().addEach("file", errors));
        }
        List<String> all = new ArrayList<>(numbers);
        List<String> added = new ArrayList<>();
        for (int i = 0; i < all.size(); i += IMPORT_CHUNK) {
            added.addAll(insertEntries(tenantId, contactPointId, all.subList(i, Math.min(all.size(), i + IMPORT_CHUNK)),
                    StopListSource.IMPORT, actor, "imported from a file"));
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("source", StopListSource.IMPORT.name());
        after.put("rows", rows.size());
        after.put("added", added.size());
        audit.record(tenantId, actor, ENTITY, contactPointId, "import", null, after);
        java.util.Set<String> addedSet = new java.util.HashSet<>(added);
        return new Change(added, all.stream().filter(n -> !addedSet.contains(n)).toList(), List.of(), List.of(), List.of());
    }

    // ---- inbound SMS

    /**
     * Routes an inbound message by the number it was sent to and applies a lone keyword. Anything else never
     * changes the list; a message that looks like an opt-out request goes to the review queue.
     * <p>
     * The hot path of the stop lists (every inbound SMS of every customer), so it keeps clear of the ORM: one JDBC
     * connection, the tenant's keywords from a short cache, one statement per change (entry, carrier block,
     * history and size counter together) and its audit row, committed together.
     */
    public InboundResult inbound(String tenantId, String rawTo, String rawFrom, String text) {
        TenantSettings settings = tenants.cachedSettings(tenantId);
        FieldErrors errors = FieldErrors.none();
        PhoneNumbers.Parsed to = PhoneNumbers.parse(rawTo, settings.defaultRegion());
        PhoneNumbers.Parsed from = PhoneNumbers.parse(rawFrom, settings.defaultRegion());
        if (!to.valid()) {
            errors.add("to", to.error());
        }
        if (!from.valid()) {
            errors.add("from", from.error());
        }
        if (text == null) {
            errors.add("text", "Send the message text (it may be empty).");
        } else if (text.length() > MAX_INBOUND_TEXT) {
            errors.add("text", "The text has " + text.length() + " characters; an SMS, even concatenated, has at most "
                    + MAX_INBOUND_TEXT + ".");
        }
        errors.throwIfAny();
        InboundAction action = KeywordClassifier.classify(text, settings.keywords());
        try (Connection c = dataSource.getConnection()) {
            String cp = smsNumbers.route(c, tenantId, to.e164()).orElseThrow(() -> new NotFound(
                    "No contact point has the number " + to.e164() + "; add it on a contact point's SMS tab first."));
            if (action != InboundAction.NONE) {
                c.setAutoCommit(false);
                try {
                    apply(c, tenantId, cp, action, from.e164(), to.e164(), text);
                    c.commit();
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
            }
            return new InboundResult(cp, action);
        } catch (SQLException e) {
            throw new IllegalStateException("Inbound SMS could not be recorded", e);
        }
    }

    private void apply(Connection c, String tenantId, String cp, InboundAction action, String customer, String via,
            String text) throws SQLException {
        String actor = "sms:" + customer;
        String detail = "“" + abbreviate(text) + "” to " + via;
        switch (action) {
            case OPT_OUT, OPT_IN -> {
                boolean out = action == InboundAction.OPT_OUT;
                try (PreparedStatement st = (out ? OPT_OUT : OPT_IN).prepare(c, tenantId, cp, customer, actor, via, detail,
                        java.util.concurrent.ThreadLocalRandom.current().nextInt(SIZE_SLOTS))) {
                    try (ResultSet rs = st.executeQuery()) {
                        rs.next();
                        if (rs.getInt(1) + rs.getInt(2) > 0) {
                            audit.record(c, tenantId, actor, ENTITY, cp, out ? "opt-out" : "opt-in", null,
                                    Map.of("number", customer, "via", via, "text", abbreviate(text)));
                        }
                    }
                }
            }
            case HELP -> Jdbc.update(c, """
                    INSERT INTO stop_list_history (tenant_id, contact_point_id, number, action, source, actor, detail)
                    VALUES (?, ?, ?, 'HELP_REQUESTED', 'KEYWORD', ?, ?)""", tenantId, cp, customer, actor, detail);
            case REVIEW -> Jdbc.update(c, """
                    INSERT INTO stop_list_review (tenant_id, contact_point_id, number, to_number, text)
                    VALUES (?, ?, ?, ?, ?)""", tenantId, cp, customer, via, text);
            case NONE -> {
            }
        }
    }

    /**
     * STOP: the entry and the carrier block (each only if new), their history rows and the size counter, in one
     * statement. Parameters: $1 tenant, $2 contact point, $3 number, $4 actor, $5 the receiving number, $6 detail,
     * $7 size slot. Answers (entries added, blocks set).
     */
    private static final NumberedSql OPT_OUT = new NumberedSql("""
            WITH added AS (
                INSERT INTO stop_list_entry (tenant_id, contact_point_id, number, source, added_by)
                VALUES ($1, $2, $3, 'KEYWORD', $4) ON CONFLICT DO NOTHING RETURNING number),
            blocked AS (
                INSERT INTO carrier_block (tenant_id, contact_point_id, number, via_number)
                VALUES ($1, $2, $3, $5) ON CONFLICT DO NOTHING RETURNING number),
            history AS (
                INSERT INTO stop_list_history (tenant_id, contact_point_id, number, action, source, actor, detail)
                SELECT $1, $2, number, 'ADDED', 'KEYWORD', $4, $6 FROM added
                UNION ALL
                SELECT $1, $2, number, 'CARRIER_BLOCKED', 'KEYWORD', $4, $6 FROM blocked),
            size AS (
                INSERT INTO stop_list_size (tenant_id, contact_point_id, slot, entries)
                SELECT $1, $2, $7, count(*) FROM added HAVING count(*) > 0
                ON CONFLICT (tenant_id, contact_point_id, slot) DO UPDATE SET entries = stop_list_size.entries + excluded.entries)
            SELECT (SELECT count(*) FROM added), (SELECT count(*) FROM blocked)""");

    /** START: the entry and the carrier block removed, with history and size; the parameters of {@link #OPT_OUT}. */
    private static final NumberedSql OPT_IN = new NumberedSql("""
            WITH removed AS (
                DELETE FROM stop_list_entry WHERE tenant_id = $1 AND contact_point_id = $2 AND number = $3 RETURNING number),
            lifted AS (
                DELETE FROM carrier_block WHERE tenant_id = $1 AND contact_point_id = $2 AND number = $3 RETURNING number),
            history AS (
                INSERT INTO stop_list_history (tenant_id, contact_point_id, number, action, source, actor, detail)
                SELECT $1, $2, number, 'REMOVED', 'KEYWORD', $4, $6 FROM removed
                UNION ALL
                SELECT $1, $2, number, 'CARRIER_BLOCK_LIFTED', 'KEYWORD', $4, $6 FROM lifted),
            size AS (
                INSERT INTO stop_list_size (tenant_id, contact_point_id, slot, entries)
                SELECT $1, $2, $7, -count(*) FROM removed HAVING count(*) > 0
                ON CONFLICT (tenant_id, contact_point_id, slot) DO UPDATE SET entries = stop_list_size.entries + excluded.entries)
            SELECT (SELECT count(*) FROM removed), (SELECT count(*) FROM lifted)""");

    // ---- review queue

    @SuppressWarnings("unchecked")
    public List<Review> openReviews(String tenantId, String contactPointId) {
        contactPoints.get(tenantId, contactPointId);
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, number, to_number, text, received_at FROM stop_list_review
                WHERE tenant_id = :t AND contact_point_id = :cp AND status = 'OPEN' ORDER BY received_at, id LIMIT 100""")
                .setParameter("t", tenantId).setParameter("cp", contactPointId).getResultList();
        return rows.stream().map(r -> new Review(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3], Times.instant(r[4]))).toList();
    }

    /** Adds the sender of a reviewed message to the stop list (no carrier block: the carrier saw no keyword). */
    @Transactional
    public Review applyReview(String tenantId, String contactPointId, long reviewId, String actor) {
        Review review = decide(tenantId, contactPointId, reviewId, "APPLIED", actor);
        insertEntries(tenantId, contactPointId, List.of(review.number()), StopListSource.ADMIN, actor,
                "applied from the review queue: “" + abbreviate(review.text()) + "”");
        audit.record(tenantId, actor, ENTITY, contactPointId, "review-apply", null,
                Map.of("review", reviewId, "number", review.number(), "text", abbreviate(review.text())));
        return review;
    }

    @Transactional
    public Review dismissReview(String tenantId, String contactPointId, long reviewId, String actor) {
        Review review = decide(tenantId, contactPointId, reviewId, "DISMISSED", actor);
        audit.record(tenantId, actor, ENTITY, contactPointId, "review-dismiss", null,
                Map.of("review", reviewId, "number", review.number(), "text", abbreviate(review.text())));
        return review;
    }

    private Review decide(String tenantId, String contactPointId, long reviewId, String status, String actor) {
        contactPoints.get(tenantId, contactPointId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, number, to_number, text, received_at, status, decided_by, decided_at FROM stop_list_review
                WHERE tenant_id = :t AND contact_point_id = :cp AND id = :id FOR UPDATE""")
                .setParameter("t", tenantId).setParameter("cp", contactPointId).setParameter("id", reviewId)
                .getResultList();
        if (rows.isEmpty()) {
            throw new NotFound("There is no review item " + reviewId + " on “" + contactPointId + "”.");
        }
        Object[] r = rows.get(0);
        if (!"OPEN".equals(r[5])) {
            throw new Conflict("This message was already " + ("APPLIED".equals(r[5]) ? "applied" : "dismissed")
                    + " by " + r[6] + " at " + Times.format(Times.instant(r[7])) + ".");
        }
        em.createNativeQuery("""
                UPDATE stop_list_review SET status = :s, decided_by = :a, decided_at = now()
                WHERE tenant_id = :t AND id = :id""")
                .setParameter("s", status).setParameter("a", actor).setParameter("t", tenantId)
                .setParameter("id", reviewId).executeUpdate();
        return new Review(reviewId, (String) r[1], (String) r[2], (String) r[3], Times.instant(r[4]));
    }

    void dropLists(@Observes ContactPointDeleted event) {
        for (String table : List.of("stop_list_entry", "stop_list_size", "carrier_block", "stop_list_review")) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE tenant_id = :t AND contact_point_id = :cp")
                    .setParameter("t", event.tenantId()).setParameter("cp", event.contactPointId()).executeUpdate();
        }
    }

    // ---- helpers

    /** Inserts what is not yet listed, with its history rows and the size, in one statement. Returns the numbers added. */
    private List<String> insertEntries(String tenantId, String cp, List<String> numbers, StopListSource source,
            String actor, String detail) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        return changeStatement("""
                WITH changed AS (
                    INSERT INTO stop_list_entry (tenant_id, contact_point_id, number, source, added_by)
                    SELECT :t, :cp, n, :src, :actor FROM unnest(string_to_array(:nums, ',')) n
                    ON CONFLICT DO NOTHING RETURNING number),""", "ADDED", 1, tenantId, cp, numbers, source, actor,
                detail);
    }

    private List<String> deleteEntries(String tenantId, String cp, List<String> numbers, StopListSource source,
            String actor, String detail) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        return changeStatement("""
                WITH changed AS (
                    DELETE FROM stop_list_entry e USING unnest(string_to_array(:nums, ',')) n
                    WHERE e.tenant_id = :t AND e.contact_point_id = :cp AND e.number = n RETURNING e.number),""",
                "REMOVED", -1, tenantId, cp, numbers, source, actor, detail);
    }

    /** The change, its history rows and the size delta (on a random slot) in one round trip. */
    @SuppressWarnings("unchecked")
    private List<String> changeStatement(String change, String action, int sign, String tenantId, String cp,
            List<String> numbers, StopListSource source, String actor, String detail) {
        return em.createNativeQuery(change + """
                history AS (
                    INSERT INTO stop_list_history (tenant_id, contact_point_id, number, action, source, actor, detail)
                    SELECT :t, :cp, number, :action, :src, :actor, :detail FROM changed),
                size AS (
                    INSERT INTO stop_list_size (tenant_id, contact_point_id, slot, entries)
                    SELECT :t, :cp, :slot, :sign * count(*) FROM changed HAVING count(*) > 0
                    ON CONFLICT (tenant_id, contact_point_id, slot)
                    DO UPDATE SET entries = stop_list_size.entries + excluded.entries)
                SELECT number FROM changed ORDER BY number""")
                .setParameter("t", tenantId).setParameter("cp", cp).setParameter("nums", String.join(",", numbers))
                .setParameter("src", source.name()).setParameter("actor", actor).setParameter("detail", detail)
                .setParameter("action", action).setParameter("sign", sign)
                .setParameter("slot", java.util.concurrent.ThreadLocalRandom.current().nextInt(SIZE_SLOTS))
                .getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<String> blocked(String tenantId, String cp, List<String> numbers) {
        return em.createNativeQuery("""
                SELECT b.number FROM carrier_block b JOIN unnest(string_to_array(:nums, ',')) n ON b.number = n
                WHERE b.tenant_id = :t AND b.contact_point_id = :cp ORDER BY b.number""")
                .setParameter("t", tenantId).setParameter("cp", cp).setParameter("nums", String.join(",", numbers))
                .getResultList();
    }

    @SuppressWarnings("unchecked")
    /**
     * One page: the numbers picked from the primary key alone (an index-only scan, by keyset from a neighbour or by
     * offset), then joined to their rows and carrier blocks, so a deep offset skips index entries, not joined rows.
     */
    private List<Entry> entries(String tenantId, String cp, String where, Map<String, Object> params, int page,
            String after, String before) {
        String keyset = "";
        String order = "e.number";
        int offset = (page - 1) * PAGE_SIZE;
        if (PhoneNumbers.isE164(after)) {
            keyset = " AND e.number > :after";
            params.put("after", after);
            offset = 0;
        } else if (PhoneNumbers.isE164(before)) {
            keyset = " AND e.number < :before";
            params.put("before", before);
            order = "e.number DESC";
            offset = 0;
        }
        var query = em.createNativeQuery("""
                SELECT e.number, e.added_at, e.source, e.added_by, b.number IS NOT NULL
                FROM (SELECT e.number FROM stop_list_entry e WHERE e.tenant_id = :t AND e.contact_point_id = :cp"""
                + where + keyset + " ORDER BY " + order + """
                 LIMIT :limit OFFSET :offset) k
                JOIN stop_list_entry e ON e.tenant_id = :t AND e.contact_point_id = :cp AND e.number = k.number
                LEFT JOIN carrier_block b ON b.tenant_id = e.tenant_id AND b.contact_point_id = e.contact_point_id
                    AND b.number = e.number
                ORDER BY e.number""")
                .setParameter("t", tenantId).setParameter("cp", cp)
                .setParameter("limit", PAGE_SIZE).setParameter("offset", offset);
        params.forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Entry((String) r[0], Times.instant(r[1]), StopListSource.valueOf((String) r[2]),
                (String) r[3], (Boolean) r[4])).toList();
    }

    /**
     * Index ranges for a search: a whole number matches exactly; digits match numbers that start with them,
     * with or without the tenant's country code. Null when there is nothing to search for.
     */
    private List<String[]> searchRanges(String tenantId, String q) {
        if (q.isEmpty()) {
            return null;
        }
        String region = tenants.settings(tenantId).defaultRegion();
        PhoneNumbers.Parsed whole = PhoneNumbers.parse(q, region);
        if (whole.valid()) {
            return List.<String[]>of(new String[] { whole.e164(), whole.e164() + "0" });
        }
        String digits = q.replaceAll("[^0-9]", "");
        if (digits.isEmpty()) {
            return List.of();
        }
        List<String[]> ranges = new ArrayList<>();
        ranges.add(prefixRange("+" + digits));
        int cc = PhoneNumberUtil.getInstance().getCountryCodeForRegion(region);
        if (!q.startsWith("+") && cc > 0) {
            ranges.add(prefixRange("+" + cc + digits));
        }
        return ranges;
    }

    private static String[] prefixRange(String prefix) {
        // Numbers compare byte-wise; ':' is the character after '9'.
        char last = prefix.charAt(prefix.length() - 1);
        return new String[] { prefix, prefix.substring(0, prefix.length() - 1) + (char) (last + 1) };
    }

    /** A number to look up, in E.164 (as stored) or as the tenant writes numbers; 400 when it is neither. */
    public String e164(String tenantId, String raw) {
        return requireNumber(tenantId, raw, "number");
    }

    /** As {@link #e164}, for the membership check: the tenant's region from the short-lived settings cache. */
    public String lookupNumber(String tenantId, String raw) {
        if (PhoneNumbers.isE164(raw)) {
            return raw;
        }
        return parsed(PhoneNumbers.parse(raw, tenants.cachedSettings(tenantId).defaultRegion()), "number");
    }

    private static String parsed(PhoneNumbers.Parsed parsed, String field) {
        if (!parsed.valid()) {
            throw io.switchboard.common.InvalidInput.of(field, parsed.error());
        }
        return parsed.e164();
    }

    private String requireNumber(String tenantId, String raw, String field) {
        if (PhoneNumbers.isE164(raw)) {
            return raw;
        }
        return parsed(PhoneNumbers.parse(raw, tenants.settings(tenantId).defaultRegion()), field);
    }

    private static List<String> without(List<String> all, List<String> some) {
        return all.stream().filter(n -> !some.contains(n)).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String abbreviate(String text) {
        String t = text == null ? "" : text.strip();
        return t.length() <= 160 ? t : t.substring(0, 157) + "…";
    }
}
