package io.switchboard.dashbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The userId rule, directions, skipped conversations, and the age and backoff edges. */
class DashbotMessagesTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode conversation(String contactPoint) throws Exception {
        return JSON.readTree("""
                {"id":"cid.7","status":"closed","contactPointId":"%s","customerPlatform":"SMS",
                 "customerHandle":"+14155550100","unknownField":{"x":1},
                 "customer":{"firstName":"Ada","lastName":"Lovelace","email":"ada@example.com"},
                 "messages":[
                   {"id":"mid.1","author":"+14155550100","fromCustomer":true,"text":"Hi, my order?","timestamp":1795000000000,"sourcePlatform":"SMS","assets":[]},
                   {"id":"mid.2","author":"agent-jo","fromCustomer":false,"text":"It shipped.","timestamp":1795000060000},
                   {"id":"mid.3","author":null,"fromCustomer":false,"text":null,"timestamp":1795000070000},
                   {"id":"mid.4","author":"bot","fromCustomer":false,"text":"Anything else?","timestamp":1795000080000}
                 ]}""".formatted(contactPoint));
    }

    @Test
    void eachMessageWithTextGoesOutWithTheCustomerAsUserInBothDirections() throws Exception {
        var r = DashbotMessages.of(conversation("service"), Set.of("service"));
        assertThat(r.skipped()).isNull();
        assertThat(r.messages()).extracting(DashbotMessages.Message::id).containsExactly("mid.1", "mid.2", "mid.4");
        assertThat(r.messages()).extracting(DashbotMessages.Message::type).containsExactly("incoming", "outgoing", "outgoing");
        for (var m : r.messages()) {
            assertThat(m.body().get("userId").asText()).isEqualTo("+14155550100");
            assertThat(m.body().get("conversationId").asText()).isEqualTo("cid.7");
            assertThat(m.body().get("sessionId").asText()).isEqualTo("cid.7");
            assertThat(m.body().get("platformUserJson").toString()).isEqualTo("{\"firstName\":\"Ada\",\"lastName\":\"Lovelace\"}");
        }
        var agent = r.messages().get(1).body();
        assertThat(agent.get("text").asText()).isEqualTo("It shipped.");
        assertThat(agent.get("dashbot_timestamp").asLong()).isEqualTo(1795000060000L);
        assertThat(agent.get("platformJson").get("author").asText()).isEqualTo("agent-jo");
        assertThat(agent.get("platformJson").get("contactPointId").asText()).isEqualTo("service");
        assertThat(agent.get("platformJson").get("platform").asText()).isEqualTo("SMS");
        assertThat(r.messages().get(0).at()).isEqualTo(Instant.ofEpochMilli(1795000000000L));
    }

    @Test
    void aConversationOfAContactPointNotIncludedIsSkippedWithTheReason() throws Exception {
        var r = DashbotMessages.of(conversation("sales"), Set.of("service"));
        assertThat(r.messages()).isEmpty();
        assertThat(r.skipped()).isEqualTo("contact point sales is not forwarded");
    }

    @Test
    void tooOldIsStrictlyOlderThanAnHour() {
        Instant now = Instant.parse("2026-11-22T12:00:00Z");
        assertThat(DashbotMessages.tooOld(Instant.parse("2026-11-22T11:00:00Z"), now)).isFalse();
        assertThat(DashbotMessages.tooOld(Instant.parse("2026-11-22T10:59:59.999Z"), now)).isTrue();
    }

    @Test
    void backoffDoublesFromFifteenSecondsAndStopsAtAnHour() {
        assertThat(DashbotMessages.backoffSeconds(0)).isEqualTo(15);
        assertThat(DashbotMessages.backoffSeconds(1)).isEqualTo(30);
        assertThat(DashbotMessages.backoffSeconds(7)).isEqualTo(1920);
        assertThat(DashbotMessages.backoffSeconds(8)).isEqualTo(3600);
        assertThat(DashbotMessages.backoffSeconds(60)).isEqualTo(3600);
    }
}
