package io.switchboard.sms;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.switchboard.audit.AuditLog;
import io.switchboard.common.Conflict;
import io.switchboard.common.FieldErrors;
import io.switchboard.common.NotFound;
import io.switchboard.contactpoint.ContactPointDeleted;
import io.switchboard.contactpoint.ContactPoints;
import io.switchboard.tenant.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/** The SMS numbers of each contact point: the only way other features reach them. */
@ApplicationScoped
public class SmsNumbers {
    static final String ENTITY = "sms_number";

    @Inject
    ContactPoints contactPoints;
    @Inject
    Tenants tenants;
    @Inject
    AuditLog audit;

    /** What {@link #remove} did besides removing: numbers that now divert to another standard number. */
    public record Removal(SmsNumberView removed, List<String> rediverted, String newTarget) {
    }

    public List<SmsNumberView> list(String tenantId, String contactPointId) {
        contactPoints.get(tenantId, contactPointId);
        return SmsNumber.listByContactPoint(tenantId, contactPointId).stream().map(SmsNumberView::of).toList();
    }

    /** The number's owner, for routing inbound messages; empty when no contact point of the tenant has it. */
    public Optional<SmsNumberView> find(String tenantId, String e164) {
        return Optional.ofNullable(SmsNumber.findByTenantAndNumber(tenantId, e164)).map(SmsNumberView::of);
    }

    /**
     * The contact point that has the number, read on the caller's JDBC connection: inbound SMS routing, which keeps
     * clear of the ORM.
     */
    public Optional<String> route(java.sql.Connection c, String tenantId, String e164) throws java.sql.SQLException {
        try (java.sql.PreparedStatement st = c.prepareStatement(
                "SELECT contact_point_id FROM sms_number WHERE tenant_id = ? AND number = ?")) {
            st.setString(1, tenantId);
            st.setString(2, e164);
            try (java.sql.ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** Parses a number the way this tenant writes them (its default region for numbers without +country). */
    public PhoneNumbers.Parsed parse(String tenantId, String raw) {
        return PhoneNumbers.parse(raw, tenants.settings(tenantId).defaultRegion());
    }

    @Transactional
    public SmsNumberView add(String tenantId, String contactPointId, String rawNumber, String rawType,
            String rawDivertTo, String actor) {
        contactPoints.get(tenantId, contactPointId);
        lockNumbersOf(tenantId, contactPointId);
        String region = tenants.settings(tenantId).defaultRegion();
        FieldErrors errors = FieldErrors.none();
        PhoneNumbers.Parsed number = PhoneNumbers.parse(rawNumber, region);
        if (!number.valid()) {
            errors.add("number", number.error());
        } else {
            SmsNumber existing = SmsNumber.findByTenantAndNumber(tenantId, number.e164());
            if (existing != null) {
                errors.add("number", existing.contactPointId.equals(contactPointId)
                        ? number.e164() + " is already a number of this contact point."
                        : number.e164() + " already belongs to contact point “" + existing.contactPointId + "”.");
            }
        }
        SmsNumberType type = SmsNumberType.parse(rawType);
        if (type == null) {
            errors.add("type", "Choose Standard, Incoming only or Blocked outbound.");
        }
        String divertTo = null;
        boolean divertGiven = rawDivertTo != null && !rawDivertTo.isBlank();
        if (type == SmsNumberType.STANDARD && divertGiven) {
            errors.add("divertTo", "A standard number sends itself; only incoming-only and blocked-outbound numbers divert.");
        } else if (type != null && type != SmsNumberType.STANDARD) {
            if (!divertGiven) {
                errors.add("divertTo", "Choose the standard number of this contact point that conversations divert to.");
            } else {
                PhoneNumbers.Parsed target = PhoneNumbers.parse(rawDivertTo, region);
                SmsNumber t = target.valid() ? SmsNumber.findByTenantAndNumber(tenantId, target.e164()) : null;
                if (!target.valid()) {
                    errors.add("divertTo", target.error());
                } else if (t == null || !t.contactPointId.equals(contactPointId) || t.type != SmsNumberType.STANDARD) {
                    errors.add("divertTo", target.e164() + " is not a standard number of this contact point.");
                } else {
                    divertTo = t.number;
                }
            }
        }
        errors.throwIfAny();
        SmsNumber n = new SmsNumber();
        n.tenantId = tenantId;
        n.number = number.e164();
        n.contactPointId = contactPointId;
        n.type = type;
        n.divertTo = divertTo;
        n.createdAt = Instant.now();
        n.createdBy = actor;
        n.persistAndFlush();
        SmsNumberView view = SmsNumberView.of(n);
        audit.record(tenantId, actor, ENTITY, n.number, "create", null, view.audited());
        return view;
    }

    /**
     * Removes a number. Numbers that divert to a removed standard number move to another standard number
     * of the contact point; when there is none, the removal is refused.
     */
    @Transactional
    public Removal remove(String tenantId, String contactPointId, String e164, String actor) {
        contactPoints.get(tenantId, contactPointId);
        lockNumbersOf(tenantId, contactPointId);
        SmsNumber n = e164 == null ? null : SmsNumber.findByTenantAndNumber(tenantId, e164);
        if (n == null || !n.contactPointId.equals(contactPointId)) {
            throw new NotFound("Contact point “" + contactPointId + "” has no number " + e164 + ".");
        }
        List<SmsNumber> all = SmsNumber.listByContactPoint(tenantId, contactPointId);
        List<SmsNumber> diverting = all.stream().filter(o -> n.number.equals(o.divertTo)).toList();
        String newTarget = null;
        if (!diverting.isEmpty()) {
            SmsNumber other = all.stream().filter(o -> o.type == SmsNumberType.STANDARD && !o.number.equals(n.number))
                    .findFirst().orElse(null);
            if (other == null) {
                throw new Conflict(n.number + " is the last standard number of “" + contactPointId + "”, and "
                        + String.join(", ", diverting.stream().map(o -> o.number).toList())
                        + (diverting.size() == 1 ? " diverts" : " divert")
                        + " to it. Add another standard number first, or remove the numbers that divert to it.");
            }
            newTarget = other.number;
            for (SmsNumber d : diverting) {
                SmsNumberView before = SmsNumberView.of(d);
                d.divertTo = other.number;
                audit.record(tenantId, actor, ENTITY, d.number, "update", before.audited(), SmsNumberView.of(d).audited());
            }
            SmsNumber.flush();
        }
        SmsNumberView removed = SmsNumberView.of(n);
        n.delete();
        audit.record(tenantId, actor, ENTITY, n.number, "delete", removed.audited(), null);
        return new Removal(removed, diverting.stream().map(d -> d.number).toList(), newTarget);
    }

    void dropNumbers(@Observes ContactPointDeleted event) {
        SmsNumber.getEntityManager().createNativeQuery(
                "DELETE FROM sms_number WHERE tenant_id = :t AND contact_point_id = :cp")
                .setParameter("t", event.tenantId()).setParameter("cp", event.contactPointId()).executeUpdate();
    }

    /** Serialises changes to one contact point's numbers, so two removals cannot strand a diverting number. */
    private static void lockNumbersOf(String tenantId, String contactPointId) {
        SmsNumber.getEntityManager()
                .createQuery("select n.number from SmsNumber n where n.tenantId = :t and n.contactPointId = :cp",
                        String.class)
                .setParameter("t", tenantId).setParameter("cp", contactPointId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }
}
