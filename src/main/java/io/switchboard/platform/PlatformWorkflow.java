package io.switchboard.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * The request/enable workflow: NOT_REQUESTED → REQUESTED → APPROVED or REJECTED; APPROVED → ENABLED ⇄ DISABLED;
 * REJECTED → REQUESTED (re-submit); a request is withdrawn to NOT_REQUESTED before approval. Plain Java.
 */
public final class PlatformWorkflow {
    private PlatformWorkflow() {
    }

    /** The status an action leads to, or why it is refused (exactly one is set). */
    public record Outcome(PlatformStatus next, String refusal) {
        public boolean allowed() {
            return next != null;
        }
    }

    public static Outcome apply(Platform platform, PlatformStatus from, PlatformAction action) {
        String name = platform.title();
        if (platform.retired()) {
            return refused(retiredMessage(platform));
        }
        if (!platform.requestable()) {
            return refused(name + " is connected on its own tab; it has no request to make.");
        }
        return switch (action) {
            case REQUEST -> switch (from) {
                case NOT_REQUESTED, REJECTED -> to(PlatformStatus.REQUESTED);
                case REQUESTED -> refused(name + " has already been requested; withdraw the request to change its details.");
                case APPROVED, ENABLED, DISABLED -> refused(name + " has already been approved; there is nothing to request.");
            };
            case WITHDRAW -> switch (from) {
                case REQUESTED, REJECTED -> to(PlatformStatus.NOT_REQUESTED);
                case NOT_REQUESTED -> refused(name + " has no request to withdraw.");
                case APPROVED, ENABLED, DISABLED -> refused(name + " has been approved; a request can only be withdrawn before approval.");
            };
            case APPROVE, REJECT -> from == PlatformStatus.REQUESTED
                    ? to(action == PlatformAction.APPROVE ? PlatformStatus.APPROVED : PlatformStatus.REJECTED)
                    : refused(name + " has no pending request to " + (action == PlatformAction.APPROVE ? "approve" : "reject")
                            + " (it is " + from.title().toLowerCase() + ").");
            case ENABLE -> switch (from) {
                case APPROVED, DISABLED -> to(PlatformStatus.ENABLED);
                case ENABLED -> refused(name + " is already enabled.");
                case NOT_REQUESTED, REQUESTED, REJECTED -> refused(name + " must be approved before it can be enabled.");
            };
            case DISABLE -> from == PlatformStatus.ENABLED ? to(PlatformStatus.DISABLED)
                    : refused(name + " is not enabled, so it cannot be disabled.");
        };
    }

    /** The actions allowed from a status, in the order their buttons are shown. */
    public static List<PlatformAction> allowed(Platform platform, PlatformStatus from) {
        List<PlatformAction> out = new ArrayList<>();
        for (PlatformAction a : PlatformAction.values()) {
            if (apply(platform, from, a).allowed()) {
                out.add(a);
            }
        }
        return out;
    }

    public static String retiredMessage(Platform platform) {
        return platform.title().replace(" (retired)", "")
                + " was shut down by Google on 31 July 2024; it can no longer be requested, enabled or changed.";
    }

    private static Outcome to(PlatformStatus next) {
        return new Outcome(next, null);
    }

    private static Outcome refused(String why) {
        return new Outcome(null, why);
    }
}
