package io.switchboard.outbound;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.switchboard.audit.AuditLog;
import io.switchboard.common.Times;
import io.switchboard.common.Conflict;
import io.switchboard.common.FieldErrors;
import io.switchboard.common.InvalidInput;
import io.switchboard.common.NotFound;
import io.switchboard.tenant.TenantCreated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Business roles of a tenant (Sales, Service, …) and who is in them (DESIGN §2). {@code Everyone} is built in:
 * every tenant has it, every user is in it, it cannot be deleted and has no member list. Users are known from
 * their first login; members are stored by subject and shown by username.
 */
@ApplicationScoped
public class BusinessRoles {
    public static final String EVERYONE = "Everyone";
    static final String ENTITY = "business_role";
    /** No slash: a role's name is a segment of its page's address. */
    private static final Pattern NAME = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9 &._-]{0,39}$");

    public record Role(String name, boolean builtIn, long members, Instant createdAt, String createdBy) {
    }

    public record Member(String username, String displayName, String email, Instant addedAt, String addedBy) {
    }

    /** A user known from their first login, and whether they are in the role being edited. */
    public record User(String username, String displayName, String email, boolean member) {
    }

    @Inject
    EntityManager em;
    @Inject
    AuditLog audit;

    void createEveryone(@Observes TenantCreated event) {
        em.createNativeQuery("""
                INSERT INTO business_role (tenant_id, name, built_in, created_by) VALUES (:t, :name, true, 'system')
                ON CONFLICT DO NOTHING""").setParameter("t", event.tenantId()).setParameter("name", EVERYONE)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<Role> list(String tenantId) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT r.name, r.built_in, count(m.subject), r.created_at, r.created_by FROM business_role r
                LEFT JOIN business_role_member m ON m.tenant_id = r.tenant_id AND m.role_name = r.name
                WHERE r.tenant_id = :t GROUP BY r.tenant_id, r.name ORDER BY NOT r.built_in, lower(r.name)""")
                .setParameter("t", tenantId).getResultList();
        return rows.stream().map(BusinessRoles::role).toList();
    }

    /** The role of that name, matched without regard to case; 404 when the tenant has none. */
    public Role get(String tenantId, String name) {
        return find(tenantId, name).orElseThrow(() -> new NotFound("There is no business role “" + name + "”."));
    }

    @SuppressWarnings("unchecked")
    public java.util.Optional<Role> find(String tenantId, String name) {
        if (name == null) {
            return java.util.Optional.empty();
        }
        List<Object[]> rows = em.createNativeQuery("""
                SELECT r.name, r.built_in, count(m.subject), r.created_at, r.created_by FROM business_role r
                LEFT JOIN business_role_member m ON m.tenant_id = r.tenant_id AND m.role_name = r.name
                WHERE r.tenant_id = :t AND lower(r.name) = lower(:name) GROUP BY r.tenant_id, r.name""")
                .setParameter("t", tenantId).setParameter("name", name.strip()).getResultList();
        return rows.stream().findFirst().map(BusinessRoles::role);
    }

    @Transactional
    public Role create(String tenantId, String rawName, String actor) {
        String name = rawName == null ? "" : rawName.strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            throw InvalidInput.of("name", "Give the role a name, e.g. Sales.");
        }
        if (!NAME.matcher(name).matches()) {
            throw InvalidInput.of("name", name.length() > 40 ? "At most 40 characters; this has " + name.length() + "."
                    : "Use letters, digits, spaces and & . _ - (starting with a letter or digit).");
        }
        find(tenantId, name).ifPresent(existing -> {
            throw new Conflict(existing.builtIn() ? "“" + existing.name() + "” is built in: every user is in it."
                    : "There is already a role “" + existing.name() + "”.");
        });
        em.createNativeQuery("INSERT INTO business_role (tenant_id, name, created_by) VALUES (:t, :name, :actor)")
                .setParameter("t", tenantId).setParameter("name", name).setParameter("actor", actor).executeUpdate();
        audit.record(tenantId, actor, ENTITY, name, "create", null, Map.of("name", name));
        return get(tenantId, name);
    }

    /** Deletes a role, its memberships and its outbound grants; returns the contact points that lost a grant. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> delete(String tenantId, String name, String actor) {
        Role role = get(tenantId, name);
        if (role.builtIn()) {
            throw new Conflict("“" + role.name() + "” is built in and cannot be deleted.");
        }
        List<String> grants = em.createNativeQuery("""
                SELECT DISTINCT contact_point_id FROM outbound_role WHERE tenant_id = :t AND role_name = :name
                ORDER BY contact_point_id""").setParameter("t", tenantId).setParameter("name", role.name()).getResultList();
        List<String> members = members(tenantId, role.name()).stream().map(Member::username).toList();
        em.createNativeQuery("DELETE FROM business_role WHERE tenant_id = :t AND name = :name")
                .setParameter("t", tenantId).setParameter("name", role.name()).executeUpdate();
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("name", role.name());
        before.put("members", members);
        before.put("outboundOn", grants);
        audit.record(tenantId, actor, ENTITY, role.name(), "delete", before, null);
        return grants;
    }

    @SuppressWarnings("unchecked")
    public List<Member> members(String tenantId, String name) {
        Role role = get(tenantId, name);
        List<Object[]> rows = em.createNativeQuery("""
                SELECT u.username, u.display_name, u.email, m.added_at, m.added_by FROM business_role_member m
                JOIN app_user u ON u.tenant_id = m.tenant_id AND u.subject = m.subject
                WHERE m.tenant_id = :t AND m.role_name = :name ORDER BY lower(u.username)""")
                .setParameter("t", tenantId).setParameter("name", role.name()).getResultList();
        return rows.stream().map(r -> new Member((String) r[0], (String) r[1], (String) r[2], Times.instant(r[3]),
                (String) r[4])).toList();
    }

    /** Users whose username, name or email contains {@code q} (all users when blank), at most 50. */
    @SuppressWarnings("unchecked")
    public List<User> users(String tenantId, String roleName, String q) {
        Role role = get(tenantId, roleName);
        String like = "%" + (q == null ? "" : q.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                .replace("%", "\\%").replace("_", "\\_")) + "%";
        List<Object[]> rows = em.createNativeQuery("""
                SELECT u.username, u.display_name, u.email, m.subject IS NOT NULL FROM app_user u
                LEFT JOIN business_role_member m ON m.tenant_id = u.tenant_id AND m.subject = u.subject
                    AND m.role_name = :role
                WHERE u.tenant_id = :t AND (lower(u.username) LIKE :q OR lower(coalesce(u.display_name, '')) LIKE :q
                    OR lower(coalesce(u.email, '')) LIKE :q)
                ORDER BY lower(u.username) LIMIT 50""")
                .setParameter("t", tenantId).setParameter("role", role.name()).setParameter("q", like).getResultList();
        return rows.stream().map(r -> new User((String) r[0], (String) r[1], (String) r[2], (Boolean) r[3])).toList();
    }

    /** Replaces the members with these users (by username), all or nothing: an unknown user changes nothing. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Member> setMembers(String tenantId, String name, List<String> usernames, String actor) {
        Role role = editable(tenantId, name);
        Set<String> wanted = new LinkedHashSet<>();
        for (String u : usernames == null ? List.<String>of() : usernames) {
            if (u != null && !u.isBlank()) {
                wanted.add(u.strip());
            }
        }
        Map<String, String> subjects = new LinkedHashMap<>();
        if (!wanted.isEmpty()) {
            List<Object[]> rows = em.createNativeQuery(
                    "SELECT username, subject FROM app_user WHERE tenant_id = :t AND username = ANY(string_to_array(:u, chr(10)))")
                    .setParameter("t", tenantId).setParameter("u", String.join("\n", wanted)).getResultList();
            rows.forEach(r -> subjects.put((String) r[0], (String) r[1]));
        }
        List<String> unknown = wanted.stream().filter(u -> !subjects.containsKey(u))
                .map(u -> "No user “" + u + "” has signed in to this tenant yet; users are known from their first login.")
                .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInput(FieldErrors.none().addEach("users", unknown));
        }
        List<String> before = members(tenantId, role.name()).stream().map(Member::username).toList();
        em.createNativeQuery("DELETE FROM business_role_member WHERE tenant_id = :t AND role_name = :role")
                .setParameter("t", tenantId).setParameter("role", role.name()).executeUpdate();
        for (String subject : subjects.values()) {
            em.createNativeQuery("""
                    INSERT INTO business_role_member (tenant_id, role_name, subject, added_by)
                    VALUES (:t, :role, :s, :actor)""").setParameter("t", tenantId).setParameter("role", role.name())
                    .setParameter("s", subject).setParameter("actor", actor).executeUpdate();
        }
        List<String> after = new ArrayList<>(subjects.keySet());
        after.sort(String.CASE_INSENSITIVE_ORDER);
        if (!new LinkedHashSet<>(before).equals(new LinkedHashSet<>(after))) {
            audit.record(tenantId, actor, ENTITY, role.name(), "members", Map.of("members", before),
                    Map.of("members", after));
        }
        return members(tenantId, role.name());
    }

    /** Adds one user (the page's "Add" button); already a member changes nothing. */
    @Transactional
    public void addMember(String tenantId, String name, String username, String actor) {
        Role role = editable(tenantId, name);
        List<String> current = new ArrayList<>(members(tenantId, role.name()).stream().map(Member::username).toList());
        if (!current.contains(username)) {
            current.add(username);
            setMembers(tenantId, role.name(), current, actor);
        }
    }

    @Transactional
    public void removeMember(String tenantId, String name, String username, String actor) {
        Role role = editable(tenantId, name);
        List<String> current = new ArrayList<>(members(tenantId, role.name()).stream().map(Member::username).toList());
        if (current.remove(username)) {
            setMembers(tenantId, role.name(), current, actor);
        }
    }

    /** The roles of a user: Everyone and those they were assigned to. */
    @SuppressWarnings("unchecked")
    public Set<String> rolesOf(String tenantId, String subject) {
        Set<String> roles = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        roles.add(EVERYONE);
        roles.addAll(em.createNativeQuery(
                "SELECT role_name FROM business_role_member WHERE tenant_id = :t AND subject = :s")
                .setParameter("t", tenantId).setParameter("s", subject).getResultList());
        return roles;
    }

    private Role editable(String tenantId, String name) {
        Role role = get(tenantId, name);
        if (role.builtIn()) {
            throw new Conflict("“" + role.name() + "” includes every user; it has no member list to change.");
        }
        return role;
    }

    private static Role role(Object[] r) {
        return new Role((String) r[0], (Boolean) r[1], ((Number) r[2]).longValue(), Times.instant(r[3]), (String) r[4]);
    }

}
