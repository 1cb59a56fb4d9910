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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway routes each path prefix to its service and gives every request a correlation id. The
 * services here are small real HTTP servers that record what reached them; one that keeps silent past the
 * response timeout gets the caller a 504 problem.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=gateway", "tvaers.gateway.upstream.response-timeout=700ms"})
class GatewayRoutingIT {

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
    void routesEachPrefixToItsService() throws Exception {
        assertThat(get("/api/cases/42").body()).isEqualTo("case-service");
        assertThat(get("/api/citizens/7").body()).isEqualTo("case-service");
        assertThat(get("/api/plans/1").body()).isEqualTo("plan-service");
        assertThat(get("/api/offers?need=housing").body()).isEqualTo("offer-service");
        assertThat(get("/api/coordination/citizens/1/involved-sectors").body()).isEqualTo("coordination-service");
        assertThat(SERVICES.receivedBy("offer-service")).anyMatch(line -> line.startsWith("/api/offers?need=housing"));
    }

    @Test
    void theDpoReachesEachServicesAuditLog() throws Exception {
        assertThat(get("/api/audit/case-service/verify").body()).isEqualTo("case-service");
        assertThat(get("/api/audit/plan-service/verify").body()).isEqualTo("plan-service");
        assertThat(get("/api/audit/offer-service/verify").body()).isEqualTo("offer-service");
        assertThat(get("/api/audit/coordination-service/verify").body()).isEqualTo("coordination-service");
    }

    @Test
    void anUnknownPathIsNotRouted() throws Exception {
        assertThat(get("/api/unknown").statusCode()).isEqualTo(404);
    }

    @Test
    void noRequestReachesAServiceWithoutAValidToken() throws Exception {
        int before = SERVICES.receivedBy("case-service").size();
        TestIdentityProvider idp = TestIdentityProvider.get();
        for (String token : new String[]{null, idp.expiredToken(Persona.JONAS_JOB),
                idp.tokenForAnotherAudience(Persona.JONAS_JOB), idp.tokenFromAnotherIssuer(Persona.JONAS_JOB),
                idp.tokenWithForgedSignature(Persona.JONAS_JOB), idp.unsignedToken(Persona.JONAS_JOB)}) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/cases/1"));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            assertThat(client.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        }
        assertThat(SERVICES.receivedBy("case-service")).hasSize(before);
    }

    @Test
    void everyRequestGetsACorrelationIdThatReachesTheService() throws Exception {
        HttpResponse<String> response = get("/api/cases/1");

        String id = response.headers().firstValue("X-Correlation-Id").orElseThrow();
        assertThat(id).matches("[0-9a-f]{32}");
        assertThat(SERVICES.receivedBy("case-service")).anyMatch(line -> line.endsWith("correlation=" + id));
    }

    @Test
    void aCallersHarmlessCorrelationIdIsKeptAndAHarmfulOneReplaced() throws Exception {
        HttpResponse<String> kept = client.send(authorized(uri("/api/plans/1"))
                .header("X-Correlation-Id", "trace-123").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> replaced = client.send(authorized(uri("/api/plans/1"))
                .header("X-Correlation-Id", "x\ty").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(kept.headers().firstValue("X-Correlation-Id")).hasValue("trace-123");
        assertThat(replaced.headers().firstValue("X-Correlation-Id").orElseThrow()).matches("[0-9a-f]{32}");
    }

    @Test
    void aServiceSilentPastTheResponseTimeoutGetsTheCallerA504Problem() throws Exception {
        HttpResponse<String> silent = client.send(authorized(uri("/api/cases?silent"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(silent.statusCode()).isEqualTo(504);
        assertThat(silent.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(silent.body()).contains("\"status\":504", "700 ms");
        SERVICES.endSilence();
        assertThat(get("/api/cases/1").body()).isEqualTo("case-service");
    }

    @Test
    void aReadThatMeetsAnUnavailableServiceIsTriedAgain() throws Exception {
        HttpResponse<String> read = get("/api/cases/1?unavailable-once=read");

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).isEqualTo("case-service");
        assertThat(SERVICES.receivedBy("case-service"))
                .filteredOn(line -> line.startsWith("/api/cases/1?unavailable-once=read")).hasSize(2);
    }

    @Test
    void aWriteThatMeetsAnUnavailableServiceIsNeverTriedAgain() throws Exception {
        HttpResponse<String> write = client.send(authorized(uri("/api/cases?unavailable-once=write"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(write.statusCode()).isEqualTo(503);
        assertThat(SERVICES.receivedBy("case-service"))
                .filteredOn(line -> line.startsWith("/api/cases?unavailable-once=write")).hasSize(1);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(authorized(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder authorized(URI uri) {
        return HttpRequest.newBuilder(uri).header("Authorization", TestIdentityProvider.get().bearer(Persona.JONAS_JOB));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
