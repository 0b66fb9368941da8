package io.switchboard.contactpoint;

import java.time.Instant;
import java.util.List;

import io.switchboard.audit.AuditLog;
import io.switchboard.common.Conflict;
import io.switchboard.common.FieldErrors;
import io.switchboard.common.NotFound;
import io.switchboard.common.StaleUpdate;
import io.switchboard.tenant.TenantCreated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/** Contact points of a tenant: the only way other features reach them. */
@ApplicationScoped
public class ContactPoints {
    public static final String DEFAULT_ID = "default";
    static final String ENTITY = "contact_point";

    @Inject
    AuditLog audit;
    @Inject
    jakarta.enterprise.event.Event<ContactPointDeleted> deleted;

    void createDefault(@Observes TenantCreated event) {
        insert(event.tenantId(), DEFAULT_ID, "Default", "system");
        audit.record(event.tenantId(), "system", ENTITY, DEFAULT_ID, "create", null,
                java.util.Map.of("id", DEFAULT_ID, "label", "Default"));
    }

    public List<ContactPointView> list(String tenantId) {
        return ContactPoint.listByTenant(tenantId).stream().map(ContactPointView::of).toList();
    }

    public ContactPointView get(String tenantId, String id) {
        return ContactPointView.of(require(tenantId, id));
    }

    public boolean exists(String tenantId, String id) {
        return id != null && ContactPoint.findByTenantAndId(tenantId, id) != null;
    }

    @Transactional
    public ContactPointView create(String tenantId, String id, String label, String actor) {
        FieldErrors errors = FieldErrors.none();
        ContactPointRules.checkId(id, errors);
        ContactPointRules.checkLabel(label, errors);
        if (!errors.has("id") && ContactPoint.findByTenantAndId(tenantId, id) != null) {
            errors.add("id", "A contact point with the id “" + id + "” already exists.");
        }
        errors.throwIfAny();
        ContactPoint cp = insert(tenantId, id, label.strip(), actor);
        ContactPointView view = ContactPointView.of(cp);
        audit.record(tenantId, actor, ENTITY, id, "create", null, view.audited());
        return view;
    }

    /** Renames; {@code expectedVersion} (when given) must be the version the user saw. */
    @Transactional
    public ContactPointView rename(String tenantId, String id, String label, Long expectedVersion, String actor) {
        ContactPoint cp = require(tenantId, id);
        checkVersion(cp, expectedVersion);
        ContactPointRules.checkLabel(label, FieldErrors.none()).throwIfAny();
        ContactPointView before = ContactPointView.of(cp);
        String newLabel = label.strip();
        if (!newLabel.equals(cp.label)) {
            cp.label = newLabel;
            cp.updatedAt = Instant.now();
            cp.updatedBy = actor;
            cp.persistAndFlush();
            audit.record(tenantId, actor, ENTITY, id, "update", before.audited(), ContactPointView.of(cp).audited());
        }
        return ContactPointView.of(cp);
    }

    @Transactional
    public void delete(String tenantId, String id, Long expectedVersion, String actor) {
        ContactPoint cp = require(tenantId, id);
        checkVersion(cp, expectedVersion);
        // Lock the tenant's contact points so two concurrent deletes cannot remove the last two.
        ContactPoint.getEntityManager()
                .createQuery("select c.id from ContactPoint c where c.tenantId = :t", String.class)
                .setParameter("t", tenantId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (ContactPoint.countByTenant(tenantId) <= 1) {
            throw new Conflict("“" + id + "” is the tenant's last contact point and cannot be deleted; "
                    + "create another one first.");
        }
        ContactPointView before = ContactPointView.of(cp);
        deleted.fire(new ContactPointDeleted(tenantId, id));
        cp.delete();
        audit.record(tenantId, actor, ENTITY, id, "delete", before.audited(), null);
    }

    private static ContactPoint require(String tenantId, String id) {
        ContactPoint cp = id == null ? null : ContactPoint.findByTenantAndId(tenantId, id);
        if (cp == null) {
            throw new NotFound("There is no contact point “" + id + "”.");
        }
        return cp;
    }

    /**
     * Records a change another feature made on the contact point (its outbound roles, say): checks the version the
     * user saw, when given, and moves it on, so a form still open elsewhere is stale.
     */
    @Transactional
    public void touch(String tenantId, String id, Long expectedVersion, String actor) {
        ContactPoint cp = require(tenantId, id);
        checkVersion(cp, expectedVersion);
        cp.updatedAt = Instant.now();
        cp.updatedBy = actor;
        cp.persistAndFlush();
    }

    private static void checkVersion(ContactPoint cp, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != cp.version) {
            throw new StaleUpdate("Contact point “" + cp.id + "”", cp.updatedBy, cp.updatedAt);
        }
    }

    private static ContactPoint insert(String tenantId, String id, String label, String actor) {
        ContactPoint cp = new ContactPoint();
        cp.tenantId = tenantId;
        cp.id = id;
        cp.label = label;
        cp.createdAt = Instant.now();
        cp.updatedAt = cp.createdAt;
        cp.updatedBy = actor;
        cp.persistAndFlush();
        return cp;
    }
}
