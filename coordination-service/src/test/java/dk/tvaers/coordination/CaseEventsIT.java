package dk.tvaers.coordination;

import dk.tvaers.contracts.IntegrationEvent;
import dk.tvaers.contracts.IntegrationEventCodec;
import dk.tvaers.contracts.Producer;
import dk.tvaers.contracts.Topics;
import dk.tvaers.contracts.cases.v1.CaseOpened;
import dk.tvaers.coordination.involvement.query.InvolvedSectorsProjection;
import dk.tvaers.platform.messaging.MessagingAutoConfiguration;
import dk.tvaers.platform.observability.ProjectionReplay;
import dk.tvaers.testsupport.Persona;
import dk.tvaers.testsupport.ServiceIntegrationTest;
import dk.tvaers.testsupport.TestApi;
import dk.tvaers.testsupport.TestInfrastructure;
import dk.tvaers.testsupport.TopicProbe;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.client.RestClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** coordination-service consuming case-service's events from a real broker into a real database. */
@ServiceIntegrationTest(properties = "spring.config.name=coordination-service")
class CaseEventsIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    JdbcClient jdbc;

    final IntegrationEventCodec codec = new IntegrationEventCodec();
    RestClient http;

    @BeforeEach
    void setUp() {
        http = TestApi.as(Persona.SOFIE_SOCIAL, port);
    }

    @Test
    void aCaseOpenedInASectorMakesTheSectorInvolved() {
        UUID citizen = UUID.randomUUID();

        send(caseOpened(citizen, "psychiatry"));

        await().atMost(WAIT).untilAsserted(() -> assertThat(involvedSectors(citizen)).containsExactly("psychiatry"));
    }

    @Test
    void theSameMessageDeliveredTwiceChangesTheReadModelOnce() {
        UUID citizen = UUID.randomUUID();
        IntegrationEvent<CaseOpened> event = caseOpened(citizen, "jobcenter");

        send(event);
        send(event);
        IntegrationEvent<CaseOpened> marker = caseOpened(citizen, "probation");
        send(marker);

        await().atMost(WAIT).untilAsserted(() ->
                assertThat(involvedSectors(citizen)).containsExactly("jobcenter", "probation"));
        assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(citizen.toString()).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM inbox_message WHERE event_id = ?").param(event.eventId())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aMalformedMessageGoesToTheDeadLetterTopicWithItsReasonAndTheNextIsApplied() {
        UUID citizen = UUID.randomUUID();
        String key = citizen.toString();

        kafka.send(new ProducerRecord<>(Topics.CASE, key, "{\"type\": \"case.CaseOpened\", oops".getBytes(
                StandardCharsets.UTF_8)));
        IntegrationEvent<CaseOpened> invalid = new IntegrationEvent<>(UUID.randomUUID(), "case.CaseOpened", 1,
                Instant.now(), citizen, "holstebro", Producer.service("case-service"), null,
                new CaseOpened(UUID.randomUUID(), "social-services", "SEL §85", "sofie social", LocalDate.now()));
        kafka.send(new ProducerRecord<>(Topics.CASE, key, codec.mapper().writeValueAsBytes(invalid)));
        send(caseOpened(citizen, "addiction-centre"));

        await().atMost(WAIT).untilAsserted(() ->
                assertThat(involvedSectors(citizen)).containsExactly("addiction-centre"));
        try (TopicProbe deadLetters = new TopicProbe(TestInfrastructure.kafka().bootstrapServers(),
                Topics.deadLetterOf(Topics.CASE))) {
            var notJson = deadLetters.await(r -> key.equals(r.key()) && TopicProbe.text(r.value()).endsWith("oops"),
                    WAIT);
            assertThat(TopicProbe.header(notJson, MessagingAutoConfiguration.DEAD_LETTER_REASON_HEADER))
                    .startsWith("not valid JSON");
            var badField = deadLetters.await(r -> key.equals(r.key()) && TopicProbe.text(r.value()).contains("sofie social"),
                    WAIT);
            assertThat(TopicProbe.header(badField, MessagingAutoConfiguration.DEAD_LETTER_REASON_HEADER))
                    .contains("/payload/caseworkerId");
        }
    }

    @Test
    void aRestartedConsumerResumesWhereItStopped() {
        UUID citizen = UUID.randomUUID();
        send(caseOpened(citizen, "jobcenter"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(involvedSectors(citizen)).containsExactly("jobcenter"));

        var container = listeners.getListenerContainer("coordination-service.case-events");
        container.stop();
        await().atMost(WAIT).until(() -> !container.isRunning());
        send(caseOpened(citizen, "psychiatry"));
        send(caseOpened(citizen, "probation"));
        container.start();

        await().atMost(WAIT).untilAsserted(() ->
                assertThat(involvedSectors(citizen)).containsExactly("jobcenter", "probation", "psychiatry"));
        assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(citizen.toString()).query(Long.class).single())
                .as("the event from before the stop is not applied again").isEqualTo(3);
    }

    @Test
    void replayingTheProjectionRebuildsTheSameState() {
        UUID citizen = UUID.randomUUID();
        send(caseOpened(citizen, "jobcenter"));
        send(caseOpened(citizen, "social-services"));
        await().atMost(WAIT).untilAsserted(() ->
                assertThat(involvedSectors(citizen)).containsExactly("jobcenter", "social-services"));
        List<Map<String, Object>> before = allRows();

        ProjectionReplay.replay(processing, InvolvedSectorsProjection.GROUP);

        await().atMost(WAIT).untilAsserted(() -> assertThat(allRows()).isEqualTo(before));
    }

    private List<Map<String, Object>> allRows() {
        return jdbc.sql("""
                        SELECT citizen_id, sector, organisation, case_id, caseworker_id, since FROM involved_sector
                        ORDER BY citizen_id, sector""").query().listOfRows();
    }

    private List<String> involvedSectors(UUID citizen) {
        List<Map<String, Object>> sectors = http.get()
                .uri("/api/coordination/citizens/{id}/involved-sectors", citizen)
                .retrieve().body(List.class);
        return sectors.stream().map(s -> (String) s.get("sector")).sorted().toList();
    }

    private IntegrationEvent<CaseOpened> caseOpened(UUID citizen, String sector) {
        return IntegrationEvent.of(CaseOpened.TYPE, UUID.randomUUID(), Instant.now(), citizen, "holstebro",
                new Producer("case-service", sector), "test-" + UUID.randomUUID(),
                new CaseOpened(UUID.randomUUID(), sector, "SEL §85", "sofie.social", LocalDate.now()));
    }

    private void send(IntegrationEvent<?> event) {
        kafka.send(new ProducerRecord<>(Topics.CASE, event.citizenId().toString(), codec.encodeToBytes(event))).join();
    }
}
