package io.switchboard.outbound;

import static io.switchboard.outbound.OutboundFunction.SEND_NOTIFICATION;
import static io.switchboard.outbound.OutboundFunction.START_CONVERSATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.switchboard.outbound.OutboundDecision.Input;
import io.switchboard.outbound.OutboundDecision.Number;
import io.switchboard.outbound.OutboundDecision.Refusal;
import io.switchboard.outbound.OutboundDecision.Result;
import io.switchboard.sms.SmsNumberType;

/** Roles × function × contact point × stop list × number types, at their edges. */
class OutboundDecisionTest {
    static final String TO = "+14155550100";
    static final Number STANDARD = new Number("+14155550001", SmsNumberType.STANDARD, null);
    static final Number STANDARD_2 = new Number("+14155550002", SmsNumberType.STANDARD, null);
    static final Number TOLL_FREE = new Number("+18005550001", SmsNumberType.INCOMING_ONLY, "+14155550002");
    static final Number BLOCKED = new Number("+14155550009", SmsNumberType.BLOCKED_OUTBOUND, "+14155550001");

    /** The Service contact point of DESIGN §3.3: Sales may send notifications there but not start conversations. */
    static final Set<String> SERVICE_START = Set.of("Service");
    static final Set<String> SERVICE_NOTIFY = Set.of("Sales", "Service");

    static Input input(OutboundFunction f, Set<String> agentRoles, Set<String> allowed, List<Number> numbers,
            String from, boolean listed, boolean blocked) {
        return new Input(f, "Service", TO, agentRoles, allowed, numbers, from, listed, blocked);
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource({
            "START_CONVERSATION, Sales, false",
            "SEND_NOTIFICATION, Sales, true",
            "START_CONVERSATION, Service, true",
            "SEND_NOTIFICATION, Service, true",
            "START_CONVERSATION, Everyone, false",
    })
    void salesMaySendServiceNotificationsButNotStartServiceConversations(OutboundFunction f, String role,
            boolean allowed) {
        Set<String> allowedRoles = f == START_CONVERSATION ? SERVICE_START : SERVICE_NOTIFY;
        Set<String> agentRoles = new java.util.TreeSet<>(List.of("Everyone", role));
        Result r = OutboundDecision.decide(input(f, agentRoles, allowedRoles, List.of(STANDARD), null, false, false));
        assertThat(r.allowed()).isEqualTo(allowed);
        if (!allowed) {
            assertThat(r.refusal()).isEqualTo(Refusal.ROLE);
            assertThat(r.refusal().status).isEqualTo(403);
            assertThat(r.reason()).contains("only Service may")
                    .contains("Your roles (" + String.join(", ", agentRoles) + ") may not start conversations on Service");
        }
    }

    @Test
    void everyoneGrantsEveryAgentAndNoRoleGrantsNobody() {
        assertThat(OutboundDecision.decide(input(SEND_NOTIFICATION, Set.of("Everyone"), Set.of("Everyone"),
                List.of(STANDARD), null, false, false)).allowed()).isTrue();
        Result none = OutboundDecision.decide(input(SEND_NOTIFICATION, Set.of("Everyone", "Sales"), Set.of(),
                List.of(STANDARD), null, false, false));
        assertThat(none.refusal()).isEqualTo(Refusal.ROLE);
        assertThat(none.reason()).contains("no role is allowed to yet");
    }

    @Test
    void theRoleIsCheckedBeforeTheStopListSoARefusedAgentLearnsNothingAboutTheRecipient() {
        Result r = OutboundDecision.decide(input(START_CONVERSATION, Set.of("Everyone", "Sales"), SERVICE_START,
                List.of(STANDARD), null, true, true));
        assertThat(r.refusal()).isEqualTo(Refusal.ROLE);
    }

    @Test
    void aStopListedOrCarrierBlockedRecipientIsRefusedWith409() {
        Result listed = OutboundDecision.decide(input(SEND_NOTIFICATION, Set.of("Sales"), SERVICE_NOTIFY,
                List.of(STANDARD), null, true, true));
        assertThat(listed.refusal()).isEqualTo(Refusal.STOP_LIST);
        assertThat(listed.refusal().status).isEqualTo(409);
        assertThat(listed.reason()).contains(TO).contains("stop list").contains("21610");
        // removed from the list by an admin, but the carrier still blocks until START
        Result blocked = OutboundDecision.decide(input(SEND_NOTIFICATION, Set.of("Sales"), SERVICE_NOTIFY,
                List.of(STANDARD), null, false, true));
        assertThat(blocked.refusal()).isEqualTo(Refusal.CARRIER_BLOCK);
        assertThat(blocked.reason()).contains("START");
    }

    @Test
    void sendsFromTheFirstStandardNumberByDefault() {
        Result r = OutboundDecision.decide(input(SEND_NOTIFICATION, Set.of("Sales"), SERVICE_NOTIFY,
                List.of(TOLL_FREE, STANDARD, STANDARD_2), null, false, false));
        assertThat(r.from()).isEqualTo(STANDARD.number());
    }

    @Test
    void aRequestedStandardNumberSendsItself() {
        Result r = OutboundDecision.decide(input(SEND_NOTIFICATION, Set.of("Sales"), SERVICE_NOTIFY,
                List.of(STANDARD, STANDARD_2), STANDARD_2.number(), false, false));
        assertThat(r.from()).isEqualTo(STANDARD_2.number());
    }

    @Test
    void incomingOnlyAndBlockedOutboundNumbersNeverSendTheirDivertTargetDoes() {
        assertThat(OutboundDecision.decide(input(START_CONVERSATION, Set.of("Service"), SERVICE_START,
                List.of(STANDARD, STANDARD_2, TOLL_FREE), TOLL_FREE.number(), false, false)).from())
                .isEqualTo(STANDARD_2.number());
        assertThat(OutboundDecision.decide(input(START_CONVERSATION, Set.of("Service"), SERVICE_START,
                List.of(STANDARD, BLOCKED), BLOCKED.number(), false, false)).from()).isEqualTo(STANDARD.number());
    }

    @Test
    void aContactPointWithoutAStandardNumberCannotSend() {
        Result none = OutboundDecision.decide(input(SEND_NOTIFICATION, Set.of("Sales"), SERVICE_NOTIFY, List.of(),
                null, false, false));
        assertThat(none.refusal()).isEqualTo(Refusal.NO_SENDING_NUMBER);
        assertThat(none.reason()).contains("no standard SMS number").doesNotContain("incoming-only");
        Result onlyIncoming = OutboundDecision.decide(input(SEND_NOTIFICATION, Set.of("Sales"), SERVICE_NOTIFY,
                List.of(new Number("+18005550001", SmsNumberType.INCOMING_ONLY, "+14155550002")), null, false, false));
        assertThat(onlyIncoming.refusal()).isEqualTo(Refusal.NO_SENDING_NUMBER);
        assertThat(onlyIncoming.reason()).contains("never send");
    }

    @Test
    void aRequestedNumberOfAnotherContactPointIsRefused() {
        Result r = OutboundDecision.decide(input(SEND_NOTIFICATION, Set.of("Sales"), SERVICE_NOTIFY,
                List.of(STANDARD), "+14155559999", false, false));
        assertThat(r.refusal()).isEqualTo(Refusal.UNKNOWN_FROM);
        assertThat(r.reason()).contains("+14155559999 is not a number of Service");
    }
}
