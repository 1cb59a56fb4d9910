package dk.tvaers.gateway;

import dk.tvaers.testsupport.Persona;
import dk.tvaers.testsupport.TestIdentityProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Per-client rate limits, request size limits, security headers and CORS for the web frontend only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=gateway",
        "tvaers.gateway.rate-limit.capacity=5",
        "tvaers.gateway.rate-limit.per-second=1",
        "tvaers.gateway.max-request-bytes=1000",
        "tvaers.gateway.cors.allowed-origins=http://localhost:8080"})
class GatewayLimitsIT {

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
    void aClientOverItsRateGets429WithRetryAfterWhileOthersGoOn() throws Exception {
        int limited = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i < 12; i++) {
            last = send(request("/api/plans/1", Persona.KARL_PROBATION).GET().build());
            if (last.statusCode() == 429) {
                limited++;
            }
        }
        assertThat(limited).isPositive();
        HttpResponse<String> refused = last;
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).contains("rate-limit");

        assertThat(send(request("/api/plans/1", Persona.ANNA_ADDICTION).GET().build()).statusCode())
                .as("another client has its own bucket").isEqualTo(200);
    }

    @Test
    void aTooLargeBodyIsRefusedBeforeItReachesAService() throws Exception {
        int before = SERVICES.receivedBy("case-service").size();

        HttpResponse<String> response = send(request("/api/cases", Persona.PETER_PSYCHIATRY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"legalBasis\":\"" + "x".repeat(2000) + "\"}")).build());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("too-large");
        assertThat(SERVICES.receivedBy("case-service")).hasSize(before);
    }

    @Test
    void everyResponseCarriesSecurityHeaders() throws Exception {
        HttpResponse<String> response = send(request("/api/offers", Persona.LENE_TEAM_LEADER).GET().build());

        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'", "frame-ancestors 'none'");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
    }

    @Test
    void onlyTheWebFrontendsOriginMayCallFromABrowser() throws Exception {
        HttpResponse<String> allowed = send(HttpRequest.newBuilder(uri("/api/cases"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://localhost:8080")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type").build());
        HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/api/cases"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST").build());

        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:8080");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void aBodySentInChunksIsHeldToTheSameLimit() throws Exception {
        int before = SERVICES.receivedBy("case-service").size();

        HttpResponse<String> tooLarge = send(request("/api/cases", Persona.PETER_PSYCHIATRY)
                .header("Content-Type", "application/json")
                .POST(chunked("{\"legalBasis\":\"" + "x".repeat(2000) + "\"}")).build());
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("too-large");
        assertThat(SERVICES.receivedBy("case-service")).hasSize(before);

        HttpResponse<String> small = send(request("/api/cases", Persona.PETER_PSYCHIATRY)
                .header("Content-Type", "application/json").POST(chunked("{\"legalBasis\":\"SEL §85\"}")).build());
        assertThat(small.statusCode()).isEqualTo(200);
        assertThat(SERVICES.receivedBy("case-service")).hasSize(before + 1);
    }

    /** A body without a stated length: the JDK client then sends it in chunks, as Spring's RestClient does. */
    private static HttpRequest.BodyPublisher chunked(String body) {
        return HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofString(body));
    }

    @Test
    void theOpenDataCatalogIsReadByAnyoneFromAnywhere() throws Exception {
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(uri("/api/open-data/hsds/services"))
                .header("Origin", "https://data.example").GET().build());
        HttpResponse<String> withABadToken = send(HttpRequest.newBuilder(uri("/api/open-data/hsds/services"))
                .header("Authorization", "Bearer expired-or-foreign").GET().build());

        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).isEqualTo("offer-service");
        assertThat(anonymous.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(withABadToken.statusCode()).isEqualTo(200);
        assertThat(send(HttpRequest.newBuilder(uri("/api/open-data/hsds/services"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build()).statusCode())
                .as("reading only").isEqualTo(401);
        assertThat(send(HttpRequest.newBuilder(uri("/api/offers")).GET().build()).statusCode())
                .as("the rest of the catalog API needs a token").isEqualTo(401);
    }

    @Test
    void theGatewaysMetricsAreForOperators() throws Exception {
        assertThat(send(request("/actuator/metrics", Persona.OPERATOR).GET().build()).statusCode()).isEqualTo(200);
        assertThat(send(request("/actuator/metrics", Persona.SOFIE_SOCIAL).GET().build()).statusCode()).isEqualTo(403);
        assertThat(send(HttpRequest.newBuilder(uri("/actuator/health")).GET().build()).statusCode()).isEqualTo(200);
    }

    @Test
    void aHeaderWithAControlCharacterIsRefusedBeforeItReachesAService() throws Exception {
        int before = SERVICES.receivedBy("plan-service").size();

        // U+0085 (next line) is a control character the HTTP parser lets through as an ISO-8859-1 byte. The firewall
        // checks a header when the gateway reads it, as it reads the correlation id, and refuses it; a tab is allowed
        String refused = rawGet("/api/plans/1", "X-Correlation-Id: k\u00f8rsel\u0085ok");
        String accepted = rawGet("/api/plans/1", "X-Correlation-Id: k\u00f8rsel\tok");

        assertThat(refused).startsWith("HTTP/1.1 400");
        assertThat(accepted).startsWith("HTTP/1.1 200");
        assertThat(SERVICES.receivedBy("plan-service")).as("only the accepted one").hasSize(before + 1);
    }

    /** A request written byte for byte, as an HTTP client would not send it; the answer's status line and rest. */
    private String rawGet(String path, String header) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            String request = "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                    + TestIdentityProvider.get().bearer(Persona.JONAS_JOB) + "\r\n" + header
                    + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, Persona persona) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", TestIdentityProvider.get().bearer(persona));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
