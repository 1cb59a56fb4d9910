package dk.tvaers.coordination;

import dk.tvaers.platform.domain.DanishTime;
import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationEvent;
import dk.tvaers.contracts.IntegrationEventCodec;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Producer;
import dk.tvaers.contracts.Topics;
import dk.tvaers.contracts.offer.v1.CitizenEnrolled;
import dk.tvaers.contracts.offer.v1.CitizenWaitlisted;
import dk.tvaers.contracts.offer.v1.EnrolmentEnded;
import dk.tvaers.contracts.offer.v1.OfferRetired;
import dk.tvaers.platform.messaging.MessagingAutoConfiguration;
import dk.tvaers.testsupport.Persona;
import dk.tvaers.testsupport.ServiceIntegrationTest;
import dk.tvaers.testsupport.TestApi;
import dk.tvaers.testsupport.TestEvents;
import dk.tvaers.testsupport.TestInfrastructure;
import dk.tvaers.testsupport.TopicProbe;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * offer-service's events about a citizen, from a real broker: an enrolment, a place on a waiting list and
 * the end of either land on the timeline as the referring sector's information (category {@code enrolments})
 * and tell the coordinator; each is applied once, and a bad message goes to the topic's dead-letter topic.
 */
@ServiceIntegrationTest(properties = {"spring.config.name=coordination-service",
        CoordinationApiIT.SHORT_REFERRAL_DEADLINE})
class OfferEventsIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    JdbcClient jdbc;

    final IntegrationEventCodec codec = new IntegrationEventCodec();
    UUID citizen;

    /** A citizen with a case in social services and at the jobcenter; Sofie coordinates. */
    @BeforeEach
    void citizenKnownToTwoSectors() {
        citizen = UUID.randomUUID();
        TestEvents.caseOpened(citizen, Persona.SOFIE_SOCIAL);
        TestEvents.caseOpened(citizen, Persona.JONAS_JOB);
        await().atMost(WAIT).untilAsserted(() -> assertThat(TestApi.as(Persona.SOFIE_SOCIAL, port).put()
                .uri("/api/coordination/citizens/{id}/coordinator", citizen).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("caseworkerId", "sofie.social")).retrieve().toBodilessEntity().getStatusCode().value())
                .isEqualTo(204));
        await().atMost(WAIT).untilAsserted(() -> assertThat(TestApi.as(Persona.SOFIE_SOCIAL, port).get()
                .uri("/api/coordination/citizens/{id}/coordinator", citizen).retrieve().body(Map.class)
                .get("coordinator")).isNotNull());
    }

    @Test
    void anEnrolmentAWaitingListAndAnEndLandOnTheTimelineAndTellTheCoordinator() {
        UUID enrolment = UUID.randomUUID();
        UUID waiting = UUID.randomUUID();
        LocalDate enrolledOn = DanishTime.today().minusWeeks(6);
        IntegrationEvent<CitizenEnrolled> enrolled = publish(CitizenEnrolled.TYPE, "social-services",
                enrolledOn.atTime(9, 30).atZone(java.time.ZoneId.of("Europe/Copenhagen")).toInstant(),
                new CitizenEnrolled(enrolment, UUID.randomUUID(), "bosted-aaen", "social-services", enrolledOn,
                        false));
        publish(CitizenWaitlisted.TYPE, "jobcenter", Instant.now(), new CitizenWaitlisted(waiting, UUID.randomUUID(),
                "aof-holstebro", "jobcenter", 3, DanishTime.today()));
        publish(EnrolmentEnded.TYPE, "social-services", Instant.now(), new EnrolmentEnded(enrolment,
                enrolled.payload().offerId(), "bosted-aaen", "social-services", DanishTime.today(), "discontinued"));

        await().atMost(WAIT).untilAsserted(() -> assertThat(timeline(Persona.SOFIE_SOCIAL))
                .filteredOn(entry -> entry.get("kind").toString().startsWith("offer."))
                .extracting(entry -> entry.get("kind"), entry -> entry.get("summary"), entry -> entry.get("sector"),
                        entry -> entry.get("category"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("offer.enrolment-ended", "Tilbud hos bosted-aaen afsluttet "
                                + DanishTime.today() + " (afbrudt)", "social-services", "enrolments"),
                        org.assertj.core.groups.Tuple.tuple("offer.citizen-enrolled", "Tilmeldt et tilbud hos "
                                + "bosted-aaen fra " + enrolledOn, "social-services", "enrolments")));
        assertThat(timeline(Persona.SOFIE_SOCIAL)).filteredOn(entry -> "offer.citizen-enrolled".equals(entry.get("kind")))
                .singleElement().satisfies(entry -> assertThat(entry)
                        .containsEntry("entryId", enrolled.eventId().toString())
                        .extracting(e -> Instant.parse(e.get("occurredAt").toString())).as("dated by when it happened")
                        .isEqualTo(enrolled.occurredAt()));
        assertThat(timeline(Persona.JONAS_JOB)).extracting(entry -> entry.get("kind"))
                .as("the jobcenter's own waiting list, not social services' enrolment without consent")
                .contains("offer.citizen-waitlisted").doesNotContain("offer.citizen-enrolled");

        await().atMost(WAIT).untilAsserted(() -> assertThat(notifications(Persona.SOFIE_SOCIAL))
                .filteredOn(n -> citizen.toString().equals(n.get("citizenId")))
                .extracting(n -> n.get("text"))
                .contains("Socialområdet: Tilmeldt et tilbud hos bosted-aaen fra " + enrolledOn,
                        "Socialområdet: Tilbud hos bosted-aaen afsluttet " + DanishTime.today() + " (afbrudt)"));
    }

    @Test
    void theSameEnrolmentDeliveredTwiceLandsOnceAndTheCatalogsOwnEventsArePassedOver() {
        IntegrationEvent<CitizenEnrolled> enrolled = IntegrationEvent.of(CitizenEnrolled.TYPE, UUID.randomUUID(),
                Instant.now(), citizen, "holstebro", new Producer("offer-service", "social-services"), null,
                new CitizenEnrolled(UUID.randomUUID(), UUID.randomUUID(), "bosted-aaen", "social-services",
                        DanishTime.today(), true));
        TestEvents.publish(enrolled);
        TestEvents.publish(enrolled);
        UUID offer = UUID.randomUUID();
        IntegrationEvent<OfferRetired> retired = IntegrationEvent.of(OfferRetired.TYPE, UUID.randomUUID(),
                Instant.now(), null, "holstebro", new Producer("offer-service", null), null,
                new OfferRetired(offer, 3, "bosted-aaen", DanishTime.today()));
        kafka.send(new ProducerRecord<>(Topics.OFFER, offer.toString(), codec.encodeToBytes(retired))).join();
        publish(CitizenWaitlisted.TYPE, "social-services", Instant.now(), new CitizenWaitlisted(UUID.randomUUID(),
                UUID.randomUUID(), "bosted-aaen", "social-services", 1, DanishTime.today()));

        await().atMost(WAIT).untilAsserted(() -> assertThat(timeline(Persona.SOFIE_SOCIAL))
                .extracting(entry -> entry.get("kind")).contains("offer.citizen-waitlisted"));
        assertThat(timeline(Persona.SOFIE_SOCIAL)).filteredOn(entry -> "offer.citizen-enrolled".equals(entry.get("kind")))
                .singleElement().satisfies(entry -> assertThat(entry.get("summary").toString())
                        .endsWith(", fra ventelisten"));
        assertThat(jdbc.sql("SELECT count(*) FROM inbox_message WHERE consumer = ? AND event_type = ?")
                .params("coordination-service.offer-events", OfferRetired.TYPE.name()).query(Long.class).single())
                .isZero();
    }

    @Test
    void aBadOfferMessageGoesToTheDeadLetterTopicWithItsReason() {
        String key = citizen.toString();
        kafka.send(new ProducerRecord<>(Topics.OFFER, key, ("{\"type\": \"offer.CitizenEnrolled\", \"citizenId\": \""
                + citizen + "\", broken").getBytes(StandardCharsets.UTF_8))).join();

        try (TopicProbe deadLetters = new TopicProbe(TestInfrastructure.kafka().bootstrapServers(),
                Topics.deadLetterOf(Topics.OFFER))) {
            var letter = deadLetters.await(r -> key.equals(r.key()), WAIT);
            assertThat(TopicProbe.header(letter, MessagingAutoConfiguration.DEAD_LETTER_REASON_HEADER))
                    .startsWith("not valid JSON");
        }
    }

    private <P extends IntegrationPayload> IntegrationEvent<P> publish(EventType<P> type, String sector,
                                                                       Instant occurredAt, P payload) {
        IntegrationEvent<P> event = IntegrationEvent.of(type, UUID.randomUUID(), occurredAt, citizen, "holstebro",
                new Producer("offer-service", sector), "test-" + UUID.randomUUID(), payload);
        TestEvents.publish(event);
        return event;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> timeline(Persona persona) {
        return TestApi.as(persona, port).get().uri("/api/coordination/citizens/{id}/timeline", citizen).retrieve()
                .body(List.class);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> notifications(Persona persona) {
        return TestApi.as(persona, port).get().uri("/api/coordination/notifications").retrieve().body(List.class);
    }
}
