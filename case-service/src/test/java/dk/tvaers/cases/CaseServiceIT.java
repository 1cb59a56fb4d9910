package dk.tvaers.cases;

import dk.tvaers.contracts.IntegrationEvent;
import dk.tvaers.contracts.IntegrationEventCodec;
import dk.tvaers.contracts.Topics;
import dk.tvaers.contracts.cases.v1.CaseOpened;
import dk.tvaers.testsupport.Persona;
import dk.tvaers.testsupport.ServiceIntegrationTest;
import dk.tvaers.testsupport.TestApi;
import dk.tvaers.testsupport.TestIdentityProvider;
import dk.tvaers.testsupport.TestInfrastructure;
import dk.tvaers.testsupport.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceIntegrationTest(properties = "spring.config.name=case-service")
class CaseServiceIT {

    @LocalServerPort
    int port;

    RestClient http;

    final IntegrationEventCodec codec = new IntegrationEventCodec();

    @BeforeEach
    void setUp() {
        http = TestApi.as(Persona.JONAS_JOB, port);
    }

    @Test
    void openingACasePublishesCaseOpenedKeyedByTheCitizen() {
        UUID citizen = UUID.randomUUID();

        var response = http.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("citizenId", citizen, "legalBasis", "LAB §2"))
                .retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(201);
        String caseId = (String) response.getBody().get("caseId");
        assertThat(response.getHeaders().getLocation()).hasToString("/api/cases/" + caseId);

        try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().bootstrapServers(), Topics.CASE)) {
            var record = probe.await(r -> citizen.toString().equals(r.key()), Duration.ofSeconds(20));
            IntegrationEvent<?> event = codec.decode(record.value());
            assertThat(event.is(CaseOpened.TYPE)).isTrue();
            assertThat(event.citizenId()).isEqualTo(citizen);
            assertThat(event.organisation()).isEqualTo("holstebro");
            assertThat(event.producer().service()).isEqualTo("case-service");
            assertThat(event.producer().sector()).as("the caseworker's own sector").isEqualTo("jobcenter");
            assertThat(event.payloadAs(CaseOpened.TYPE).caseworkerId()).isEqualTo("jonas.job");
            assertThat(event.payloadAs(CaseOpened.TYPE).caseId()).hasToString(caseId);
            assertThat(event.correlationId()).isEqualTo(response.getHeaders().getFirst("X-Correlation-Id"));
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var found = http.get().uri("/api/cases/{id}", caseId).retrieve().toEntity(Map.class);
            assertThat(found.getStatusCode().value()).isEqualTo(200);
            assertThat(found.getBody()).containsEntry("sector", "jobcenter").containsEntry("status", "OPEN");
        });
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndChangesNothing() {
        UUID citizen = UUID.randomUUID();

        var response = http.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("citizenId", citizen, "legalBasis", "LAB §2", "caseworkerId", "Jonas Job!"))
                .retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody().get("errors").toString()).contains("field=caseworkerId");
        var cases = http.get().uri("/api/cases?citizenId={id}", citizen).retrieve().toEntity(String.class);
        assertThat(cases.getStatusCode().value()).as("no case was opened, so the citizen is unknown here")
                .isEqualTo(404);
    }

    @Test
    void aMalformedBodyIsA400NamingTheField() {
        var response = http.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON)
                .body("{\"citizenId\": \"not-a-uuid\", \"sector\": \"jobcenter\"}")
                .retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody().get("errors").toString()).contains("field=citizenId");
    }

    @Test
    void managementCannotOpenACase() {
        var response = TestApi.as(Persona.MORTEN_MANAGEMENT, port).post().uri("/api/cases")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("citizenId", UUID.randomUUID(), "legalBasis", "LAB §2"))
                .retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(403);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
    }

    @Test
    void aSectorSystemMustNameTheResponsibleCaseworker() {
        var response = TestApi.as(Persona.JOBCENTER_SYSTEM, port).post().uri("/api/cases")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("citizenId", UUID.randomUUID(), "legalBasis", "LAB §2"))
                .retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat(response.getBody().get("errors").toString()).contains("field=caseworkerId");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void everyBadTokenIsRejected(String what, String token) {
        var response = TestApi.anonymous("http://localhost:" + port).get().uri("/api/cases?citizenId={id}",
                        UUID.randomUUID())
                .headers(headers -> {
                    if (token != null) {
                        headers.setBearerAuth(token);
                    }
                })
                .retrieve().toEntity(String.class);

        assertThat(response.getStatusCode().value()).as(what).isEqualTo(401);
    }

    static Stream<Arguments> badTokens() {
        TestIdentityProvider idp = TestIdentityProvider.get();
        return Stream.of(
                Arguments.of("no token", null),
                Arguments.of("expired", idp.expiredToken(Persona.JONAS_JOB)),
                Arguments.of("another audience", idp.tokenForAnotherAudience(Persona.JONAS_JOB)),
                Arguments.of("another issuer", idp.tokenFromAnotherIssuer(Persona.JONAS_JOB)),
                Arguments.of("forged signature", idp.tokenWithForgedSignature(Persona.JONAS_JOB)),
                Arguments.of("alg=none", idp.unsignedToken(Persona.JONAS_JOB)),
                Arguments.of("not a JWT", "not-a-token"));
    }

    @Test
    void anUnknownCaseIs404() {
        var response = http.get().uri("/api/cases/{id}", UUID.randomUUID()).retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getBody()).containsKey("title");
    }
}
