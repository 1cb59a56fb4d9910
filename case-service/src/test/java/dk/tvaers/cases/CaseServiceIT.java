package dk.tvaers.cases;

import dk.tvaers.contracts.IntegrationEvent;
import dk.tvaers.contracts.IntegrationEventCodec;
import dk.tvaers.contracts.Topics;
import dk.tvaers.contracts.cases.v1.CaseOpened;
import dk.tvaers.testsupport.ServiceIntegrationTest;
import dk.tvaers.testsupport.TestInfrastructure;
import dk.tvaers.testsupport.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

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
        http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
                .build();
    }

    @Test
    void openingACasePublishesCaseOpenedKeyedByTheCitizen() {
        UUID citizen = UUID.randomUUID();

        var response = http.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("citizenId", citizen, "organisation", "holstebro", "sector", "jobcenter",
                        "legalBasis", "LAB §2", "caseworkerId", "jonas.job"))
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
            assertThat(event.payloadAs(CaseOpened.TYPE).caseId()).hasToString(caseId);
            assertThat(event.correlationId()).isEqualTo(response.getHeaders().getFirst("X-Correlation-Id"));
        }

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var found = http.get().uri("/api/cases/{id}", caseId).retrieve().toEntity(Map.class);
            assertThat(found.getStatusCode().value()).isEqualTo(200);
            assertThat(found.getBody()).containsEntry("sector", "jobcenter").containsEntry("status", "OPEN");
        });
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndChangesNothing() {
        UUID citizen = UUID.randomUUID();

        var response = http.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("citizenId", citizen, "organisation", "holstebro", "sector", "Job Center!",
                        "legalBasis", "LAB §2", "caseworkerId", "jonas.job"))
                .retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody().get("errors").toString()).contains("field=sector");
        var cases = http.get().uri("/api/cases?citizenId={id}", citizen).retrieve().toEntity(Object[].class);
        assertThat(cases.getBody()).isEmpty();
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
    void anUnknownCaseIs404() {
        var response = http.get().uri("/api/cases/{id}", UUID.randomUUID()).retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getBody()).containsKey("title");
    }
}
