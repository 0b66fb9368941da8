package io.switchboard.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.switchboard.common.FieldErrors;

class PlatformDetailsTest {
    static Map<String, String> apple(String accountId) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("accountId", accountId);
        m.put("brandName", "Acme");
        m.put("contactEmail", "ops@acme.example");
        return m;
    }

    static Map<String, String> whatsapp(String number, String waba) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("phoneNumber", number);
        m.put("displayName", "Acme Support");
        m.put("businessAccountId", waba);
        return m;
    }

    @Test
    void appleAccountIdIsAUuidStoredInLowerCase() {
        FieldErrors errors = FieldErrors.none();
        Map<String, String> out = PlatformDetails.checkRequest(Platform.APPLE_MESSAGES,
                apple(" 0B8F1C2E-5D4A-4E3B-9A7F-2C6D8E1F4A5B "), "US", errors);
        assertTrue(errors.isEmpty(), errors.details().toString());
        assertEquals("0b8f1c2e-5d4a-4e3b-9a7f-2c6d8e1f4a5b", out.get("accountId"));
        assertEquals("Acme", out.get("brandName"));
    }

    @Test
    void appleAccountIdThatIsNotAUuidIsNamed() {
        for (String bad : new String[] { "0b8f1c2e5d4a4e3b9a7f2c6d8e1f4a5b", "0b8f1c2e-5d4a-4e3b-9a7f-2c6d8e1f4a5", "acme",
                "0b8f1c2e-5d4a-4e3b-9a7f-2c6d8e1f4a5g" }) {
            FieldErrors errors = FieldErrors.none();
            PlatformDetails.checkRequest(Platform.APPLE_MESSAGES, apple(bad), "US", errors);
            assertTrue(errors.get("accountId").contains("is not a Messages for Business account ID"), bad);
        }
    }

    @Test
    void everyMissingFieldIsNamed() {
        FieldErrors errors = FieldErrors.none();
        PlatformDetails.checkRequest(Platform.GOOGLE_RBM, Map.of(), "US", errors);
        assertEquals("Enter the agent name.", errors.get("agentName"));
        assertEquals("Enter the brand name.", errors.get("brandName"));
        assertEquals("Enter the contact email.", errors.get("contactEmail"));
        assertEquals(3, errors.asMap().size());
        errors = FieldErrors.none();
        PlatformDetails.checkRequest(Platform.APPLE_MESSAGES, Map.of(), "US", errors);
        assertEquals("Enter the Messages for Business account ID.", errors.get("accountId"));
    }

    @Test
    void emailAndLengthsAtTheirEdges() {
        FieldErrors errors = FieldErrors.none();
        Map<String, String> m = apple("0b8f1c2e-5d4a-4e3b-9a7f-2c6d8e1f4a5b");
        m.put("contactEmail", "ops@acme");
        m.put("brandName", "x".repeat(101));
        PlatformDetails.checkRequest(Platform.APPLE_MESSAGES, m, "US", errors);
        assertEquals("“ops@acme” is not an email address.", errors.get("contactEmail"));
        assertEquals("Brand name: at most 100 characters.", errors.get("brandName"));
        errors = FieldErrors.none();
        m.put("contactEmail", "a@b.co");
        m.put("brandName", "x".repeat(100));
        PlatformDetails.checkRequest(Platform.APPLE_MESSAGES, m, "US", errors);
        assertTrue(errors.isEmpty(), errors.details().toString());
    }

    @Test
    void unknownFieldsAndTheAgentIdOnRequestAreRefused() {
        FieldErrors errors = FieldErrors.none();
        Map<String, String> m = new LinkedHashMap<>(Map.of("agentName", "Acme", "brandName", "Acme",
                "contactEmail", "a@acme.example", "agentId", "acme@rbm.goog", "colour", "red"));
        PlatformDetails.checkRequest(Platform.GOOGLE_RBM, m, "US", errors);
        assertEquals("The RBM agent ID is recorded when Google approves the agent.", errors.get("agentId"));
        assertEquals("“colour” is not a detail of a Google RBM request.", errors.get("colour"));
    }

    @Test
    void rbmAgentIdEndsInRbmGoog() {
        FieldErrors errors = FieldErrors.none();
        assertEquals("acme-support_1@rbm.goog", PlatformDetails.checkAgentId(" Acme-Support_1@RBM.goog ", errors));
        assertTrue(errors.isEmpty());
        for (String bad : new String[] { "acme@rbm.google", "acme", "@rbm.goog", "acme support@rbm.goog" }) {
            errors = FieldErrors.none();
            assertNull(PlatformDetails.checkAgentId(bad, errors), bad);
            assertTrue(errors.get("agentId").contains("ends in @rbm.goog"), bad);
        }
        errors = FieldErrors.none();
        PlatformDetails.checkAgentId("", errors);
        assertEquals("Enter the RBM agent ID.", errors.get("agentId"));
    }

    @Test
    void whatsappNumberIsReadInTheTenantRegionAndStoredAsE164() {
        FieldErrors errors = FieldErrors.none();
        Map<String, String> out = PlatformDetails.checkRequest(Platform.WHATSAPP, whatsapp("(415) 555-0123", "102938475610293"),
                "US", errors);
        assertTrue(errors.isEmpty(), errors.details().toString());
        assertEquals("+14155550123", out.get("phoneNumber"));
        out = PlatformDetails.checkRequest(Platform.WHATSAPP, whatsapp("020 7946 0018", "12345"), "GB", errors);
        assertEquals("+442079460018", out.get("phoneNumber"));
    }

    @Test
    void whatsappBadNumberAndAccountIdAreNamed() {
        FieldErrors errors = FieldErrors.none();
        PlatformDetails.checkRequest(Platform.WHATSAPP, whatsapp("555-CALL", "12a45"), "US", errors);
        assertEquals("“555-CALL” is not a phone number.", errors.get("phoneNumber"));
        assertTrue(errors.get("businessAccountId").contains("5 to 20 digits"));
        errors = FieldErrors.none();
        PlatformDetails.checkRequest(Platform.WHATSAPP, whatsapp("+14155550123", "1234"), "US", errors);
        assertTrue(errors.has("businessAccountId"));
        errors = FieldErrors.none();
        PlatformDetails.checkRequest(Platform.WHATSAPP, whatsapp("+14155550123", "1".repeat(21)), "US", errors);
        assertTrue(errors.has("businessAccountId"));
        errors = FieldErrors.none();
        PlatformDetails.checkRequest(Platform.WHATSAPP, whatsapp("+14155550123", "1".repeat(20)), "US", errors);
        assertTrue(errors.isEmpty());
    }

    @Test
    void aRejectionNeedsAReasonAndNotesHaveALimit() {
        FieldErrors errors = FieldErrors.none();
        assertNull(PlatformDetails.checkReason("  ", true, errors));
        assertEquals("Give the reason the platform gave for the rejection.", errors.get("reason"));
        errors = FieldErrors.none();
        assertNull(PlatformDetails.checkReason(null, false, errors));
        assertEquals("Brand not verified", PlatformDetails.checkReason(" Brand not verified ", true, errors));
        assertEquals("x".repeat(500), PlatformDetails.checkReason("x".repeat(500), false, errors));
        assertTrue(errors.isEmpty());
        PlatformDetails.checkReason("x".repeat(501), false, errors);
        assertTrue(errors.get("reason").startsWith("At most 500 characters"));
    }
}
