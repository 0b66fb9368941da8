package io.switchboard.security;

import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import io.switchboard.tenant.TenantConfig;
import io.switchboard.tenant.Tenants;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Who is calling and for which tenant, read from the token. The first call of {@link #tenantId()}
 * or {@link #actor()} in a request makes sure the tenant (with its defaults) and the user row exist;
 * the getters that templates use read the token only, so error pages can render on the IO thread.
 */
@Named("currentUser")
@RequestScoped
public class CurrentUser {
    private static final Pattern TENANT_ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$");

    @Inject
    SecurityIdentity identity;
    @Inject
    TenantConfig tenantConfig;
    @Inject
    Tenants tenants;
    @Inject
    Users users;

    private String tenantId;
    private String username;
    private String displayName;
    private String subject;
    private String email;
    private boolean provisioned;

    @PostConstruct
    void read() {
        if (identity.isAnonymous()) {
            return;
        }
        String tenant = null;
        String subject = identity.getPrincipal().getName();
        String email = null;
        username = subject;
        displayName = subject;
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            tenant = claim(jwt, tenantConfig.claim());
            subject = firstNonBlank(jwt.getSubject(), subject);
            username = firstNonBlank(claim(jwt, "preferred_username"), jwt.getName(), subject);
            email = claim(jwt, "email");
            displayName = firstNonBlank(claim(jwt, "name"), username);
        }
        tenantId = tenant == null || tenant.isBlank() ? tenantConfig.defaultId() : tenant;
        if (!TENANT_ID.matcher(tenantId).matches()) {
            throw new ForbiddenException("The token names an invalid tenant");
        }
        this.subject = subject;
        this.email = email;
    }

    /** Creates the tenant (with its defaults) and the user row on first sight; blocking, so never on the IO thread. */
    private void provision() {
        if (!provisioned) {
            tenants.ensureExists(tenantId);
            users.ensureProvisioned(tenantId, subject, username, email, displayName);
            provisioned = true;
        }
    }

    /**
     * For endpoints answered on the IO thread, which must not block: the provisioning {@link #tenantId()} would do,
     * as a blocking step to run on a worker first, or null when this instance has already done it.
     */
    public Runnable pendingProvisioning() {
        if (tenantId == null) {
            throw new ForbiddenException("Not signed in");
        }
        if (provisioned || tenants.isKnown(tenantId) && users.isKnown(tenantId, subject)) {
            return null;
        }
        String t = tenantId, s = subject, u = username, e = email, n = displayName;
        return () -> {
            tenants.ensureExists(t);
            users.ensureProvisioned(t, s, u, e, n);
        };
    }

    /** The tenant named by the token, without provisioning: only after {@link #pendingProvisioning()} has run. */
    public String tokenTenantId() {
        if (tenantId == null) {
            throw new ForbiddenException("Not signed in");
        }
        return tenantId;
    }

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    public String tenantId() {
        if (tenantId == null) {
            throw new ForbiddenException("Not signed in");
        }
        provision();
        return tenantId;
    }

    /** The name recorded as the actor in history and audit rows. */
    public String actor() {
        provision();
        return username;
    }

    /** The token's subject: the stable key of the user row (usernames may change at the identity provider). */
    public String subject() {
        provision();
        return subject;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getTenant() {
        return tenantId;
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    public boolean isManager() {
        return identity.hasRole(Roles.MANAGER);
    }

    private static String claim(JsonWebToken jwt, String name) {
        Object value = jwt.getClaim(name);
        if (value == null) {
            return null;
        }
        if (value instanceof jakarta.json.JsonString s) {
            return s.getString();
        }
        return value.toString();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
