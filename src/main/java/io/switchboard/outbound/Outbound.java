package io.switchboard.outbound;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.switchboard.common.Times;
import io.switchboard.common.FieldErrors;
import io.switchboard.common.InvalidInput;
import io.switchboard.contactpoint.ContactPointView;
import io.switchboard.contactpoint.ContactPoints;
import io.switchboard.sms.PhoneNumbers;
import io.switchboard.sms.SmsNumbers;
import io.switchboard.stoplist.StopListViews;
import io.switchboard.stoplist.StopLists;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Agents starting conversations and sending notifications (DESIGN §3.3 – §3.5): the decision, the gateway, and
 * the record of what was sent. Nothing is recorded when the gateway fails; the agent sees why and may retry.
 */
@ApplicationScoped
public class Outbound {
    /** An SMS of up to ten segments. */
    public static final int MAX_TEXT = 1_600;

    /** What was sent: a conversation (with its id) or a notification. */
    public record Sent(long id, OutboundFunction function, String contactPointId, UUID conversationId, String agent,
            String to, String from, String text, String gatewayId, Instant sentAt) {
    }

    /** Whether the agent may use a function on a contact point before any recipient is known; reason when not. */
    public record Permission(OutboundFunction function, boolean allowed, String from, String reason) {
    }

    /** The agent's standing on one contact point, for the page where they send. */
    public record Standing(ContactPointView contactPoint, List<Permission> functions) {
        public boolean anyAllowed() {
            return functions.stream().anyMatch(Permission::allowed);
        }
    }

    @Inject
    EntityManager em;
    @Inject
    ContactPoints contactPoints;
    @Inject
    SmsNumbers numbers;
    @Inject
    StopLists stopLists;
    @Inject
    BusinessRoles roles;
    @Inject
    OutboundRoles outboundRoles;
    @Inject
    SmsGateway gateway;

    /**
     * Sends one SMS as the agent. 400 for bad input, 403 (role) or 409 (number, stop list, carrier block) with the
     * reason, 502 when the gateway fails.
     */
    public Sent send(String tenantId, String contactPointId, String subject, String agent, String rawFunction,
            String rawTo, String text, String rawFrom) {
        ContactPointView cp = contactPoints.get(tenantId, contactPointId);
        FieldErrors errors = FieldErrors.none();
        OutboundFunction function = OutboundFunction.parse(rawFunction);
        if (function == null) {
            errors.add("function", "Choose START_CONVERSATION or SEND_NOTIFICATION.");
        }
        PhoneNumbers.Parsed to = numbers.parse(tenantId, rawTo);
        if (!to.valid()) {
            errors.add("to", to.error());
        }
        String from = null;
        if (rawFrom != null && !rawFrom.isBlank()) {
            PhoneNumbers.Parsed parsed = numbers.parse(tenantId, rawFrom);
            if (parsed.valid()) {
                from = parsed.e164();
            } else {
                errors.add("from", parsed.error());
            }
        }
        if (text == null || text.isBlank()) {
            errors.add("text", "Write the message.");
        } else if (text.length() > MAX_TEXT) {
            errors.add("text", "At most " + MAX_TEXT + " characters (ten SMS); this has " + text.length() + ".");
        }
        errors.throwIfAny();
        StopListViews.Status status = stopLists.find(tenantId, contactPointId, to.e164()).orElse(null);
        OutboundDecision.Result decision = OutboundDecision.decide(new OutboundDecision.Input(function, cp.label(),
                to.e164(), roles.rolesOf(tenantId, subject), Set.copyOf(outboundRoles.get(tenantId, contactPointId).get(function)),
                numbersOf(tenantId, contactPointId), from, status != null && status.onStopList(),
                status != null && status.carrierBlocked()));
        if (!decision.allowed()) {
            throw new OutboundRefused(decision.refusal(), decision.reason());
        }
        String gatewayId = gateway.send(decision.from(), to.e164(), text);
        OutboundFunction f = function;
        return QuarkusTransaction.requiringNew().call(() -> record(tenantId, contactPointId, f, agent, to.e164(),
                decision.from(), text, gatewayId));
    }

    /** For each contact point, what the agent may do there before a recipient is typed. */
    public List<Standing> standings(String tenantId, String subject) {
        Set<String> mine = roles.rolesOf(tenantId, subject);
        List<Standing> out = new ArrayList<>();
        for (ContactPointView cp : contactPoints.list(tenantId)) {
            Map<OutboundFunction, List<String>> grants = outboundRoles.get(tenantId, cp.id());
            List<OutboundDecision.Number> nums = numbersOf(tenantId, cp.id());
            List<Permission> permissions = new ArrayList<>();
            for (OutboundFunction f : OutboundFunction.values()) {
                OutboundDecision.Result byRole = OutboundDecision.roles(f, cp.label(), mine, Set.copyOf(grants.get(f)));
                OutboundDecision.Result result = byRole != null ? byRole : OutboundDecision.sendingNumber(cp.label(), nums, null);
                permissions.add(new Permission(f, result.allowed(), result.from(), result.reason()));
            }
            out.add(new Standing(cp, permissions));
        }
        return out;
    }

    /** The latest conversations and notifications of a contact point, newest first. */
    @SuppressWarnings("unchecked")
    public List<Sent> recent(String tenantId, String contactPointId, int limit) {
        contactPoints.get(tenantId, contactPointId);
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, function, conversation_id, agent, to_number, from_number, text, gateway_id, sent_at
                FROM outbound_message WHERE tenant_id = :t AND contact_point_id = :cp
                ORDER BY sent_at DESC, id DESC LIMIT :limit""").setParameter("t", tenantId)
                .setParameter("cp", contactPointId).setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> new Sent(((Number) r[0]).longValue(), OutboundFunction.valueOf((String) r[1]),
                contactPointId, (UUID) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7],
                Times.instant(r[8]))).toList();
    }

    private Sent record(String tenantId, String cp, OutboundFunction function, String agent, String to, String from,
            String text, String gatewayId) {
        UUID conversation = null;
        if (function == OutboundFunction.START_CONVERSATION) {
            conversation = UUID.randomUUID();
            em.createNativeQuery("""
                    INSERT INTO conversation (tenant_id, id, contact_point_id, customer_number, from_number, assigned_to)
                    VALUES (:t, :id, :cp, :to, :from, :agent)""").setParameter("t", tenantId).setParameter("id", conversation)
                    .setParameter("cp", cp).setParameter("to", to).setParameter("from", from).setParameter("agent", agent)
                    .executeUpdate();
        }
        Object[] row = (Object[]) em.createNativeQuery("""
                INSERT INTO outbound_message (tenant_id, contact_point_id, function, conversation_id, agent, to_number,
                    from_number, text, gateway_id)
                VALUES (:t, :cp, :f, :conv, :agent, :to, :from, :text, :gw) RETURNING id, sent_at""")
                .setParameter("t", tenantId).setParameter("cp", cp).setParameter("f", function.name())
                .setParameter("conv", conversation).setParameter("agent", agent).setParameter("to", to)
                .setParameter("from", from).setParameter("text", text).setParameter("gw", gatewayId).getSingleResult();
        return new Sent(((Number) row[0]).longValue(), function, cp, conversation, agent, to, from, text, gatewayId,
                Times.instant(row[1]));
    }

    private List<OutboundDecision.Number> numbersOf(String tenantId, String contactPointId) {
        return numbers.list(tenantId, contactPointId).stream()
                .map(n -> new OutboundDecision.Number(n.number(), n.type(), n.divertTo())).toList();
    }

    static Map<String, Object> json(Sent s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("function", s.function().name());
        m.put("contactPoint", s.contactPointId());
        m.put("conversationId", s.conversationId());
        m.put("agent", s.agent());
        m.put("to", s.to());
        m.put("from", s.from());
        m.put("sentAt", s.sentAt());
        return m;
    }
}
