package io.switchboard.outbound;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.switchboard.audit.AuditLog;
import io.switchboard.common.FieldErrors;
import io.switchboard.common.InvalidInput;
import io.switchboard.contactpoint.ContactPoints;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Per contact point and function, the business roles allowed to use it (DESIGN §3.3). */
@ApplicationScoped
public class OutboundRoles {
    static final String ENTITY = "outbound_roles";

    @Inject
    EntityManager em;
    @Inject
    ContactPoints contactPoints;
    @Inject
    BusinessRoles roles;
    @Inject
    AuditLog audit;

    /** Both functions, each with its roles sorted by name (an empty list: nobody may). */
    @SuppressWarnings("unchecked")
    public Map<OutboundFunction, List<String>> get(String tenantId, String contactPointId) {
        contactPoints.get(tenantId, contactPointId);
        Map<OutboundFunction, List<String>> grants = new EnumMap<>(OutboundFunction.class);
        for (OutboundFunction f : OutboundFunction.values()) {
            grants.put(f, new ArrayList<>());
        }
        List<Object[]> rows = em.createNativeQuery("""
                SELECT function, role_name FROM outbound_role WHERE tenant_id = :t AND contact_point_id = :cp
                ORDER BY lower(role_name)""").setParameter("t", tenantId).setParameter("cp", contactPointId)
                .getResultList();
        rows.forEach(r -> grants.get(OutboundFunction.valueOf((String) r[0])).add((String) r[1]));
        return grants;
    }

    /**
     * Sets the roles of the functions given (a function left out keeps its roles). Role names are matched without
     * regard to case; an unknown one changes nothing and is named. A change moves the contact point's version on;
     * {@code expectedVersion}, when given, must be the version the user saw.
     */
    @Transactional
    public Map<OutboundFunction, List<String>> set(String tenantId, String contactPointId,
            Map<OutboundFunction, List<String>> wanted, Long expectedVersion, String actor) {
        Map<OutboundFunction, List<String>> before = get(tenantId, contactPointId);
        FieldErrors errors = FieldErrors.none();
        Map<OutboundFunction, TreeSet<String>> resolved = resolve(tenantId, wanted, errors);
        errors.throwIfAny();
        resolved.forEach((function, names) -> {
            em.createNativeQuery("DELETE FROM outbound_role WHERE tenant_id = :t AND contact_point_id = :cp AND function = :f")
                    .setParameter("t", tenantId).setParameter("cp", contactPointId).setParameter("f", function.name())
                    .executeUpdate();
            for (String name : names) {
                em.createNativeQuery("""
                        INSERT INTO outbound_role (tenant_id, contact_point_id, function, role_name)
                        VALUES (:t, :cp, :f, :r)""").setParameter("t", tenantId).setParameter("cp", contactPointId)
                        .setParameter("f", function.name()).setParameter("r", name).executeUpdate();
            }
        });
        Map<OutboundFunction, List<String>> after = get(tenantId, contactPointId);
        if (!after.equals(before)) {
            contactPoints.touch(tenantId, contactPointId, expectedVersion, actor);
            audit.record(tenantId, actor, ENTITY, contactPointId, "update", audited(before), audited(after));
        }
        return after;
    }

    /**
     * The canonical names of the roles wanted per function; each unknown one is added to {@code errors} under its
     * function's name.
     */
    public Map<OutboundFunction, TreeSet<String>> resolve(String tenantId, Map<OutboundFunction, List<String>> wanted,
            FieldErrors errors) {
        Map<OutboundFunction, TreeSet<String>> resolved = new EnumMap<>(OutboundFunction.class);
        wanted.forEach((function, names) -> {
            TreeSet<String> canonical = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            List<String> unknown = new ArrayList<>();
            for (String name : names == null ? List.<String>of() : names) {
                if (name == null || name.isBlank()) {
                    continue;
                }
                roles.find(tenantId, name).ifPresentOrElse(r -> canonical.add(r.name()),
                        () -> unknown.add("There is no business role “" + name.strip() + "”; create it on Roles first."));
            }
            errors.addEach(function.name(), unknown);
            resolved.put(function, canonical);
        });
        return resolved;
    }

    /** The General tab's form: the saved roles, or what was typed with its errors. */
    public OutboundForm form(String tenantId, String contactPointId, Map<OutboundFunction, List<String>> typed,
            FieldErrors errors, List<Outbound.Sent> recent) {
        List<String> names = roles.list(tenantId).stream().map(BusinessRoles.Role::name).toList();
        return OutboundForm.of(names, typed != null ? typed : get(tenantId, contactPointId), errors, recent);
    }

    private static Map<String, List<String>> audited(Map<OutboundFunction, List<String>> grants) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        grants.forEach((f, names) -> out.put(f.name(), names));
        return out;
    }
}
