package io.switchboard.platform;

import static io.switchboard.platform.PlatformAction.APPROVE;
import static io.switchboard.platform.PlatformAction.DISABLE;
import static io.switchboard.platform.PlatformAction.ENABLE;
import static io.switchboard.platform.PlatformAction.REJECT;
import static io.switchboard.platform.PlatformAction.REQUEST;
import static io.switchboard.platform.PlatformAction.WITHDRAW;
import static io.switchboard.platform.PlatformStatus.APPROVED;
import static io.switchboard.platform.PlatformStatus.DISABLED;
import static io.switchboard.platform.PlatformStatus.ENABLED;
import static io.switchboard.platform.PlatformStatus.NOT_REQUESTED;
import static io.switchboard.platform.PlatformStatus.REJECTED;
import static io.switchboard.platform.PlatformStatus.REQUESTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PlatformWorkflowTest {
    /** Every allowed transition; any other (status, action) pair is refused. */
    static final Map<PlatformStatus, Map<PlatformAction, PlatformStatus>> ALLOWED = new EnumMap<>(Map.of(
            NOT_REQUESTED, Map.of(REQUEST, REQUESTED),
            REQUESTED, Map.of(APPROVE, APPROVED, REJECT, REJECTED, WITHDRAW, NOT_REQUESTED),
            REJECTED, Map.of(REQUEST, REQUESTED, WITHDRAW, NOT_REQUESTED),
            APPROVED, Map.of(ENABLE, ENABLED),
            ENABLED, Map.of(DISABLE, DISABLED),
            DISABLED, Map.of(ENABLE, ENABLED)));

    @ParameterizedTest
    @EnumSource(value = Platform.class, names = { "APPLE_MESSAGES", "GOOGLE_RBM", "WHATSAPP" })
    void everyStatusAndActionIsAllowedOrRefusedWithAReason(Platform platform) {
        for (PlatformStatus from : PlatformStatus.values()) {
            for (PlatformAction action : PlatformAction.values()) {
                PlatformWorkflow.Outcome o = PlatformWorkflow.apply(platform, from, action);
                PlatformStatus expected = ALLOWED.get(from).get(action);
                String what = platform + " " + from + " " + action;
                if (expected != null) {
                    assertEquals(expected, o.next(), what);
                    assertNull(o.refusal(), what);
                } else {
                    assertFalse(o.allowed(), what);
                    assertTrue(o.refusal().startsWith(platform.title()), what + ": " + o.refusal());
                }
            }
        }
    }

    @Test
    void enablingBeforeApprovalSaysItMustBeApproved() {
        for (PlatformStatus from : List.of(NOT_REQUESTED, REQUESTED, REJECTED)) {
            assertEquals("Apple Messages for Business must be approved before it can be enabled.",
                    PlatformWorkflow.apply(Platform.APPLE_MESSAGES, from, ENABLE).refusal());
        }
        assertEquals("WhatsApp is already enabled.", PlatformWorkflow.apply(Platform.WHATSAPP, ENABLED, ENABLE).refusal());
    }

    @Test
    void refusalsSayWhatToDoInstead() {
        assertEquals("Google RBM has already been requested; withdraw the request to change its details.",
                PlatformWorkflow.apply(Platform.GOOGLE_RBM, REQUESTED, REQUEST).refusal());
        assertEquals("WhatsApp has been approved; a request can only be withdrawn before approval.",
                PlatformWorkflow.apply(Platform.WHATSAPP, APPROVED, WITHDRAW).refusal());
        assertEquals("WhatsApp has no request to withdraw.",
                PlatformWorkflow.apply(Platform.WHATSAPP, NOT_REQUESTED, WITHDRAW).refusal());
        assertEquals("WhatsApp has no pending request to approve (it is not requested).",
                PlatformWorkflow.apply(Platform.WHATSAPP, NOT_REQUESTED, APPROVE).refusal());
        assertEquals("WhatsApp has no pending request to reject (it is enabled).",
                PlatformWorkflow.apply(Platform.WHATSAPP, ENABLED, REJECT).refusal());
        assertEquals("WhatsApp is not enabled, so it cannot be disabled.",
                PlatformWorkflow.apply(Platform.WHATSAPP, APPROVED, DISABLE).refusal());
        assertEquals("WhatsApp has already been approved; there is nothing to request.",
                PlatformWorkflow.apply(Platform.WHATSAPP, DISABLED, REQUEST).refusal());
    }

    @Test
    void googleBusinessMessagesRefusesEverything() {
        for (PlatformStatus from : PlatformStatus.values()) {
            for (PlatformAction action : PlatformAction.values()) {
                assertEquals("Google Business Messages was shut down by Google on 31 July 2024; it can no longer be "
                        + "requested, enabled or changed.", PlatformWorkflow.apply(Platform.GOOGLE_MESSAGES, from, action).refusal());
            }
        }
        assertEquals(List.of(), PlatformWorkflow.allowed(Platform.GOOGLE_MESSAGES, NOT_REQUESTED));
    }

    @ParameterizedTest
    @EnumSource(value = Platform.class, names = { "SMS", "WEB_CHAT", "FACEBOOK", "TWITTER" })
    void platformsConnectedOnTheirOwnTabsHaveNoWorkflow(Platform platform) {
        assertFalse(PlatformWorkflow.apply(platform, NOT_REQUESTED, REQUEST).allowed());
    }

    @Test
    void theButtonsShownAreTheAllowedActionsInOrder() {
        assertEquals(List.of(REQUEST), PlatformWorkflow.allowed(Platform.WHATSAPP, NOT_REQUESTED));
        assertEquals(List.of(WITHDRAW, APPROVE, REJECT), PlatformWorkflow.allowed(Platform.WHATSAPP, REQUESTED));
        assertEquals(List.of(REQUEST, WITHDRAW), PlatformWorkflow.allowed(Platform.WHATSAPP, REJECTED));
        assertEquals(List.of(ENABLE), PlatformWorkflow.allowed(Platform.WHATSAPP, APPROVED));
        assertEquals(List.of(DISABLE), PlatformWorkflow.allowed(Platform.WHATSAPP, ENABLED));
        assertEquals(List.of(ENABLE), PlatformWorkflow.allowed(Platform.WHATSAPP, DISABLED));
    }
}
