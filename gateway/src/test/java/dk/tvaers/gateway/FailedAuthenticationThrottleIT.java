package dk.tvaers.gateway;

import dk.tvaers.testsupport.Persona;
import dk.tvaers.testsupport.TestIdentityProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** A flood without a valid token is slowed down by address, before the token check; signed-in people go on. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=gateway",
        "tvaers.gateway.failed-authentication.capacity=5",
        "tvaers.gateway.failed-authentication.per-second=1"})
class FailedAuthenticationThrottleIT {

    static final FakeServices SERVICES = new FakeServices();

    @LocalServerPort
    int port;

    final HttpClient client = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        SERVICES.register(registry);
    }

    @AfterAll
    static void stop() {
        SERVICES.stop();
    }

    @Test
    void aFloodWithoutAValidTokenIsSlowedDownWhileAcceptedTokensGoOn() throws Exception {
        String sofie = TestIdentityProvider.get().bearer(Persona.SOFIE_SOCIAL);
        assertThat(get(sofie).statusCode()).isEqualTo(200);

        int refused = 0;
        int slowed = 0;
        for (int i = 0; i < 12; i++) {
            int status = get("Bearer not-a-token-" + i).statusCode();
            refused += status == 401 ? 1 : 0;
            slowed += status == 429 ? 1 : 0;
        }
        HttpResponse<String> afterTheFlood = get("Bearer not-a-token-either");

        assertThat(refused).isBetween(5, 8);
        assertThat(slowed).isPositive();
        assertThat(afterTheFlood.statusCode()).isEqualTo(429);
        assertThat(afterTheFlood.headers().firstValue("Retry-After")).isPresent();
        assertThat(afterTheFlood.body()).contains("rate-limit");
        assertThat(get(sofie).statusCode()).as("a token accepted before goes on").isEqualTo(200);
    }

    private HttpResponse<String> get(String authorization) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/cases/1"))
                .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
