package io.switchboard.security;

/** Access roles carried by the token (not the business roles that are tenant data). */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String MANAGER = "manager";
    public static final String AGENT = "agent";
    public static final String INTEGRATION = "integration";

    private Roles() {
    }
}
