package io.switchboard.outbound;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.switchboard.sms.SmsNumberType;

/**
 * Whether an agent may send on a contact point, and from which number (DESIGN §3.3 – §3.5). Checked in order:
 * the agent's business roles against the function's allowed roles (403), a number that can send (409), the
 * stop list and the carrier block of the recipient (409, like Twilio's 21610). Plain Java, no framework.
 */
public final class OutboundDecision {
    private OutboundDecision() {
    }

    /** Why a send is refused, with the HTTP status the API answers. */
    public enum Refusal {
        ROLE(403), NO_SENDING_NUMBER(409), UNKNOWN_FROM(409), STOP_LIST(409), CARRIER_BLOCK(409);

        public final int status;

        Refusal(int status) {
            this.status = status;
        }
    }

    /** One SMS number of the contact point. */
    public record Number(String number, SmsNumberType type, String divertTo) {
    }

    /**
     * @param requestedFrom the number the agent asked to send from (e.g. the one the customer texted), or null
     * @param onStopList    the recipient is on this contact point's stop list
     * @param carrierBlocked the carrier blocks the pair since the customer texted STOP
     */
    public record Input(OutboundFunction function, String contactPoint, String to, Set<String> agentRoles,
            Set<String> allowedRoles, List<Number> numbers, String requestedFrom, boolean onStopList,
            boolean carrierBlocked) {
    }

    /** Allowed with the sending number, or refused with the reason. */
    public record Result(String from, Refusal refusal, String reason) {
        public boolean allowed() {
            return refusal == null;
        }

        static Result refuse(Refusal refusal, String reason) {
            return new Result(null, refusal, reason);
        }
    }

    public static Result decide(Input in) {
        Result byRole = roles(in.function(), in.contactPoint(), in.agentRoles(), in.allowedRoles());
        if (byRole != null) {
            return byRole;
        }
        Result byNumber = sendingNumber(in.contactPoint(), in.numbers(), in.requestedFrom());
        if (!byNumber.allowed()) {
            return byNumber;
        }
        if (in.onStopList()) {
            return Result.refuse(Refusal.STOP_LIST, in.to() + " is on the stop list of " + in.contactPoint()
                    + ": the customer opted out, so no message may be sent to them (like Twilio error 21610).");
        }
        if (in.carrierBlocked()) {
            return Result.refuse(Refusal.CARRIER_BLOCK, "The carrier blocks messages from " + in.contactPoint()
                    + " to " + in.to() + " since the customer texted STOP; it lifts when they text START "
                    + "(like Twilio error 21610).");
        }
        return byNumber;
    }

    /** The role check alone (null when allowed): what the agent's page shows before a recipient is typed. */
    public static Result roles(OutboundFunction function, String contactPoint, Set<String> agentRoles,
            Set<String> allowedRoles) {
        for (String role : agentRoles) {
            if (allowedRoles.contains(role)) {
                return null;
            }
        }
        String allowed = allowedRoles.isEmpty() ? "no role is allowed to yet"
                : "only " + String.join(", ", new TreeSet<>(allowedRoles)) + " may";
        return Result.refuse(Refusal.ROLE, "Your roles (" + String.join(", ", new TreeSet<>(agentRoles)) + ") may not "
                + function.verb + " on " + contactPoint + ": " + allowed
                + ". A manager can change this on the contact point's General tab.");
    }

    /**
     * The number a message goes out from: the requested number if it is a standard number of the contact point,
     * its divert target if it only receives, else the contact point's first standard number.
     */
    public static Result sendingNumber(String contactPoint, List<Number> numbers, String requestedFrom) {
        if (requestedFrom != null) {
            for (Number n : numbers) {
                if (n.number().equals(requestedFrom)) {
                    return n.type() == SmsNumberType.STANDARD ? new Result(n.number(), null, null)
                            : standard(contactPoint, numbers, n.divertTo());
                }
            }
            return Result.refuse(Refusal.UNKNOWN_FROM, requestedFrom + " is not a number of " + contactPoint + ".");
        }
        return standard(contactPoint, numbers, null);
    }

    private static Result standard(String contactPoint, List<Number> numbers, String preferred) {
        for (Number n : numbers) {
            if (n.type() == SmsNumberType.STANDARD && (preferred == null || n.number().equals(preferred))) {
                return new Result(n.number(), null, null);
            }
        }
        if (preferred != null) {
            return standard(contactPoint, numbers, null);
        }
        return Result.refuse(Refusal.NO_SENDING_NUMBER, contactPoint + " has no standard SMS number to send from"
                + (numbers.isEmpty() ? "" : " (incoming-only and blocked-outbound numbers never send)")
                + ". An admin can add one on its SMS tab.");
    }
}
