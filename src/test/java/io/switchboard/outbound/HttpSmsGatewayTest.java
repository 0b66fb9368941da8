package io.switchboard.outbound;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.test.junit.QuarkusTest;

/** The HTTP gateway against WireMock: the exact request, ids, refusals, timeouts, no retries. */
@QuarkusTest
class HttpSmsGatewayTest {
    WireMockServer gateway;

    @BeforeEach
    void start() {
        gateway = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        gateway.start();
    }

    @AfterEach
    void stop() {
        gateway.stop();
    }

    HttpSmsGateway client(Optional<String> token) {
        return new HttpSmsGateway(URI.create(gateway.baseUrl() + "/v1"), token, Duration.ofMillis(500));
    }

    @Test
    void postsTheMessageWithTheTokenAndReturnsTheGatewaysId() {
        gateway.stubFor(post(urlEqualTo("/v1/messages")).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"SM123\",\"status\":\"queued\"}")));
        assertThat(client(Optional.of("s3cret")).send("+14155550001", "+14155550100", "Your order shipped"))
                .isEqualTo("SM123");
        gateway.verify(1, postRequestedFor(urlEqualTo("/v1/messages"))
                .withHeader("Authorization", equalTo("Bearer s3cret"))
                .withHeader("Content-Type", com.github.tomakehurst.wiremock.client.WireMock.containing("application/json"))
                .withRequestBody(equalToJson("{\"from\":\"+14155550001\",\"to\":\"+14155550100\",\"text\":\"Your order shipped\"}")));
    }

    @Test
    void withoutATokenNoAuthorizationHeaderAndAnAnswerWithoutIdGivesNull() {
        gateway.stubFor(post(urlEqualTo("/v1/messages")).willReturn(aResponse().withStatus(200)));
        assertThat(client(Optional.empty()).send("+14155550001", "+14155550100", "Hi")).isNull();
        gateway.verify(postRequestedFor(urlEqualTo("/v1/messages")).withHeader("Authorization", absent()));
    }

    @Test
    void aRefusalIsAFailureNamingTheStatusAndIsNotRetried() {
        gateway.stubFor(post(urlEqualTo("/v1/messages")).willReturn(aResponse().withStatus(400)
                .withBody("{\"error\":\"invalid to\"}")));
        assertThatThrownBy(() -> client(Optional.empty()).send("+14155550001", "+14155550100", "Hi"))
                .isInstanceOf(SmsGateway.Failure.class).hasMessageContaining("answered 400").hasMessageContaining("invalid to");
        gateway.verify(1, postRequestedFor(urlEqualTo("/v1/messages")));
        gateway.stubFor(post(urlEqualTo("/v1/messages")).willReturn(aResponse().withStatus(500)));
        assertThatThrownBy(() -> client(Optional.empty()).send("+14155550001", "+14155550100", "Hi"))
                .isInstanceOf(SmsGateway.Failure.class).hasMessageContaining("answered 500");
        gateway.verify(2, postRequestedFor(urlEqualTo("/v1/messages")));
    }

    @Test
    void aGatewayTooSlowOrDownCannotBeReached() {
        gateway.stubFor(post(urlEqualTo("/v1/messages")).willReturn(aResponse().withStatus(200).withFixedDelay(2_000)));
        assertThatThrownBy(() -> client(Optional.empty()).send("+14155550001", "+14155550100", "Hi"))
                .isInstanceOf(SmsGateway.Failure.class).hasMessageContaining("could not be reached");
        URI down = URI.create("http://127.0.0.1:1/v1");
        assertThatThrownBy(() -> new HttpSmsGateway(down, Optional.empty(), Duration.ofMillis(500))
                .send("+14155550001", "+14155550100", "Hi"))
                .isInstanceOf(SmsGateway.Failure.class).hasMessageContaining("could not be reached");
    }

    @Test
    void theLoggingGatewayGivesEachMessageAnId() {
        assertThat(new LoggingSmsGateway().send("+14155550001", "+14155550100", "Hi")).startsWith("log-");
    }
}
