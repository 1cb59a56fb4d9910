package dk.tvaers.coordination;

import dk.tvaers.platform.domain.DanishTime;
import dk.tvaers.contracts.IntegrationEvent;
import dk.tvaers.contracts.IntegrationEventCodec;
import dk.tvaers.contracts.Topics;
import dk.tvaers.contracts.coordination.v1.ConsentWithdrawn;
import dk.tvaers.contracts.coordination.v1.FollowUpProposed;
import dk.tvaers.contracts.sectors.v1.SectorTopics;
import dk.tvaers.platform.messaging.MessagingAutoConfiguration;
import dk.tvaers.testsupport.Persona;
import dk.tvaers.testsupport.ServiceIntegrationTest;
import dk.tvaers.testsupport.TestApi;
import dk.tvaers.testsupport.TestEvents;
import dk.tvaers.testsupport.TestInfrastructure;
import dk.tvaers.testsupport.TopicProbe;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sector systems' contract, exercised as a sector system would: a plain Kafka client (no Spring, no
 * Tværs classes) writes JSON text to the documented topics. Good messages land on the citizen's timeline
 * and notify the coordinator; bad ones go to the topic's dead-letter topic with the reason while the next
 * good one still lands. What another sector sees follows the citizen's consent.
 */
@ServiceIntegrationTest(properties = {"spring.config.name=coordination-service",
        CoordinationApiIT.SHORT_REFERRAL_DEADLINE})
class SectorSystemsIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static KafkaProducer<String, String> sectorSystem;

    @LocalServerPort
    int port;

    final IntegrationEventCodec codec = new IntegrationEventCodec();
    UUID citizen;

    @BeforeAll
    static void connectAsASectorSystem() {
        sectorSystem = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true"),
                new StringSerializer(), new StringSerializer());
    }

    @AfterAll
    static void disconnect() {
        sectorSystem.close();
    }

    /** A citizen with a case in psychiatry, social services and the jobcenter; Sofie coordinates. */
    @BeforeEach
    void citizenKnownToThreeSectors() {
        citizen = UUID.randomUUID();
        TestEvents.caseOpened(citizen, Persona.PETER_PSYCHIATRY);
        TestEvents.caseOpened(citizen, Persona.SOFIE_SOCIAL);
        TestEvents.caseOpened(citizen, Persona.JONAS_JOB);
        await().atMost(WAIT).untilAsserted(() -> assertThat(as(Persona.SOFIE_SOCIAL).put()
                .uri("/api/coordination/citizens/{id}/coordinator", citizen).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("caseworkerId", "sofie.social")).retrieve().toBodilessEntity().getStatusCode().value())
                .isEqualTo(204));
    }

    @Test
    void aSectorSystemPublishesJsonWithAPlainKafkaClientAndItLandsOnTheCitizensTimeline() throws Exception {
        String eventId = UUID.randomUUID().toString();
        String message = """
                {
                  "eventId": "%s",
                  "type": "sectors.PatientAdmitted",
                  "schemaVersion": 1,
                  "occurredAt": "%s",
                  "citizenId": "%s",
                  "organisation": "region-midt",
                  "producer": { "service": "psychiatry-system", "sector": "psychiatry" },
                  "correlationId": null,
                  "payload": {
                    "admissionId": "%s",
                    "admittedOn": "2026-11-20",
                    "admissionType": "inpatient"
                  }
                }""".formatted(eventId, Instant.now(), citizen, UUID.randomUUID());

        sectorSystem.send(new ProducerRecord<>(SectorTopics.PSYCHIATRY, citizen.toString(), message)).get();

        await().atMost(WAIT).untilAsserted(() -> assertThat(timeline(Persona.PETER_PSYCHIATRY))
                .anySatisfy(entry -> {
                    assertThat(entry).containsEntry("kind", "sectors.PatientAdmitted")
                            .containsEntry("sector", "psychiatry")
                            .containsEntry("summary", "Indlagt i psykiatrien 2026-11-20");
                    assertThat(entry.get("entryId")).isEqualTo(eventId);
                }));
    }

    @Test
    void badMessagesGoToTheDeadLetterTopicWithTheirReasonAndTheNextGoodOneLandsOnTheTimeline() throws Exception {
        String key = citizen.toString();
        sectorSystem.send(new ProducerRecord<>(SectorTopics.PSYCHIATRY, key, "{\"type\": \"sectors.Patient")).get();
        sectorSystem.send(new ProducerRecord<>(SectorTopics.PSYCHIATRY, key,
                admitted(citizen, "\"cpr\": \"0101901234\""))).get();
        sectorSystem.send(new ProducerRecord<>(SectorTopics.JOBCENTER, key, admitted(citizen, null))).get();
        sectorSystem.send(new ProducerRecord<>(SectorTopics.PSYCHIATRY, key, discharged(citizen))).get();

        await().atMost(WAIT).untilAsserted(() -> assertThat(timeline(Persona.PETER_PSYCHIATRY))
                .extracting(entry -> entry.get("kind"))
                .contains("sectors.PatientDischarged", "follow-up.proposed")
                .doesNotContain("sectors.PatientAdmitted"));
        try (TopicProbe psychiatryDeadLetters = new TopicProbe(TestInfrastructure.kafka().bootstrapServers(),
                Topics.deadLetterOf(SectorTopics.PSYCHIATRY));
             TopicProbe jobcenterDeadLetters = new TopicProbe(TestInfrastructure.kafka().bootstrapServers(),
                     Topics.deadLetterOf(SectorTopics.JOBCENTER))) {
            var notJson = psychiatryDeadLetters.await(r -> key.equals(r.key())
                    && TopicProbe.text(r.value()).endsWith("Patient"), WAIT);
            assertThat(TopicProbe.header(notJson, MessagingAutoConfiguration.DEAD_LETTER_REASON_HEADER))
                    .startsWith("not valid JSON");
            var withCpr = psychiatryDeadLetters.await(r -> key.equals(r.key())
                    && TopicProbe.text(r.value()).contains("0101901234"), WAIT);
            assertThat(TopicProbe.header(withCpr, MessagingAutoConfiguration.DEAD_LETTER_REASON_HEADER))
                    .contains("invalid sectors.PatientAdmitted v1").contains("cpr");
            var wrongTopic = jobcenterDeadLetters.await(r -> key.equals(r.key()), WAIT);
            assertThat(TopicProbe.header(wrongTopic, MessagingAutoConfiguration.DEAD_LETTER_REASON_HEADER))
                    .contains("belongs on " + SectorTopics.PSYCHIATRY);
        }
    }

    @Test
    void aDischargeNotifiesTheCoordinatorAndProposesAFollowUpOfThePlan() throws Exception {
        TestEvents.consentGiven(citizen, List.of("psychiatry", "social-services"), List.of("sector-events"));

        sectorSystem.send(new ProducerRecord<>(SectorTopics.PSYCHIATRY, citizen.toString(), discharged(citizen)))
                .get();

        try (TopicProbe coordination = new TopicProbe(TestInfrastructure.kafka().bootstrapServers(),
                Topics.COORDINATION)) {
            var proposal = coordination.await(r -> citizen.toString().equals(r.key())
                    && TopicProbe.text(r.value()).contains(FollowUpProposed.TYPE.name()), WAIT);
            FollowUpProposed proposed = codec.decode(proposal.value()).payloadAs(FollowUpProposed.TYPE);
            assertThat(proposed.cause()).isEqualTo("patient-discharged");
            assertThat(proposed.suggestedBy()).isEqualTo(LocalDate.of(2026, 12, 24));
        }
        await().atMost(WAIT).untilAsserted(() -> assertThat(notifications(Persona.SOFIE_SOCIAL))
                .anySatisfy(notification -> assertThat(notification)
                        .containsEntry("citizenId", citizen.toString())
                        .containsEntry("text", "Psykiatrien: Udskrevet fra psykiatrien 2026-12-10")));
    }

    @Test
    void anotherSectorSeesASectorSystemsEventOnlyWhileTheCitizenConsents() throws Exception {
        sectorSystem.send(new ProducerRecord<>(SectorTopics.PSYCHIATRY, citizen.toString(), admitted(citizen, null)))
                .get();
        await().atMost(WAIT).untilAsserted(() -> assertThat(kinds(Persona.PETER_PSYCHIATRY))
                .contains("sectors.PatientAdmitted"));
        assertThat(kinds(Persona.SOFIE_SOCIAL)).as("no consent yet").doesNotContain("sectors.PatientAdmitted")
                .contains("case.opened");

        var given = as(Persona.SOFIE_SOCIAL).post().uri("/api/coordination/citizens/{id}/consents", citizen)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("sectors", List.of("social-services", "psychiatry"), "categories", List.of("sector-events")))
                .retrieve().toEntity(Map.class);
        assertThat(given.getStatusCode().value()).isEqualTo(201);
        String consentId = (String) given.getBody().get("consentId");

        await().atMost(WAIT).untilAsserted(() -> assertThat(kinds(Persona.SOFIE_SOCIAL))
                .contains("sectors.PatientAdmitted"));
        assertThat(kinds(Persona.JONAS_JOB)).as("the jobcenter is not in the consent")
                .doesNotContain("sectors.PatientAdmitted");

        var withdrawn = as(Persona.JONAS_JOB).post()
                .uri("/api/coordination/citizens/{id}/consents/{consent}/withdraw", citizen, consentId)
                .retrieve().toEntity(Map.class);
        assertThat(withdrawn.getStatusCode().value()).isEqualTo(200);

        try (TopicProbe coordination = new TopicProbe(TestInfrastructure.kafka().bootstrapServers(),
                Topics.COORDINATION)) {
            var record = coordination.await(r -> citizen.toString().equals(r.key())
                    && TopicProbe.text(r.value()).contains(ConsentWithdrawn.TYPE.name()), WAIT);
            IntegrationEvent<?> event = codec.decode(record.value());
            assertThat(event.payloadAs(ConsentWithdrawn.TYPE).consentId()).hasToString(consentId);
            assertThat(event.payloadAs(ConsentWithdrawn.TYPE).recordedBy()).isEqualTo("jonas.job");
        }
        await().atMost(WAIT).untilAsserted(() -> assertThat(kinds(Persona.SOFIE_SOCIAL))
                .doesNotContain("sectors.PatientAdmitted").contains("consent.withdrawn"));
    }

    @Test
    void aMessageKeyedByAnythingButItsCitizenOrAnotherContextsEventGoesToTheDeadLetterTopic() throws Exception {
        String key = citizen.toString();
        String notTheCitizen = UUID.randomUUID().toString();
        sectorSystem.send(new ProducerRecord<>(SectorTopics.PSYCHIATRY, notTheCitizen, admitted(citizen, null))).get();
        sectorSystem.send(new ProducerRecord<>(SectorTopics.PSYCHIATRY, key, """
                {"eventId": "%s", "type": "case.CaseOpened", "schemaVersion": 1, "occurredAt": "%s",
                 "citizenId": "%s", "organisation": "region-midt",
                 "producer": {"service": "psychiatry-system", "sector": "psychiatry"},
                 "payload": {"caseId": "%s", "sector": "psychiatry", "legalBasis": "Sundhedsloven",
                             "caseworkerId": "peter.psyk", "openedOn": "2026-11-20"}}"""
                .formatted(UUID.randomUUID(), Instant.now(), citizen, UUID.randomUUID()))).get();
        sectorSystem.send(new ProducerRecord<>(SectorTopics.PSYCHIATRY, key, discharged(citizen))).get();

        await().atMost(WAIT).untilAsserted(() -> assertThat(kinds(Persona.PETER_PSYCHIATRY))
                .contains("sectors.PatientDischarged").doesNotContain("sectors.PatientAdmitted"));
        assertThat(involvedSectors()).as("a case is opened by case-service's topic only")
                .containsExactlyInAnyOrder("psychiatry", "social-services", "jobcenter");
        try (TopicProbe deadLetters = new TopicProbe(TestInfrastructure.kafka().bootstrapServers(),
                Topics.deadLetterOf(SectorTopics.PSYCHIATRY))) {
            var wrongKey = deadLetters.await(r -> notTheCitizen.equals(r.key()), WAIT);
            assertThat(TopicProbe.header(wrongKey, MessagingAutoConfiguration.DEAD_LETTER_REASON_HEADER))
                    .isEqualTo("the message key must be the citizen's pseudonymous id " + citizen + ", not "
                            + notTheCitizen);
            var notASectorEvent = deadLetters.await(r -> key.equals(r.key())
                    && TopicProbe.text(r.value()).contains("case.CaseOpened"), WAIT);
            assertThat(TopicProbe.header(notASectorEvent, MessagingAutoConfiguration.DEAD_LETTER_REASON_HEADER))
                    .isEqualTo("case.CaseOpened is not a sector system's event");
        }
    }

    @Test
    void aReleaseDateProposesAFollowUpTwoWeeksBeforeTheRelease() throws Exception {
        TestEvents.caseOpened(citizen, Persona.KARL_PROBATION);
        LocalDate releaseOn = DanishTime.today().plusMonths(2);
        String message = """
                {"eventId": "%s", "type": "sectors.ReleaseDateSet", "schemaVersion": 1, "occurredAt": "%s",
                 "citizenId": "%s", "organisation": "kriminalforsorgen",
                 "producer": {"service": "probation-system", "sector": "probation"},
                 "payload": {"custodyId": "%s", "releaseOn": "%s"}}"""
                .formatted(UUID.randomUUID(), Instant.now(), citizen, UUID.randomUUID(), releaseOn);

        sectorSystem.send(new ProducerRecord<>(SectorTopics.PROBATION, citizen.toString(), message)).get();

        try (TopicProbe coordination = new TopicProbe(TestInfrastructure.kafka().bootstrapServers(),
                Topics.COORDINATION)) {
            var proposal = coordination.await(r -> citizen.toString().equals(r.key())
                    && TopicProbe.text(r.value()).contains(FollowUpProposed.TYPE.name()), WAIT);
            IntegrationEvent<?> event = codec.decode(proposal.value());
            FollowUpProposed proposed = event.payloadAs(FollowUpProposed.TYPE);
            assertThat(proposed.cause()).isEqualTo("release-date-set");
            assertThat(proposed.sector()).isEqualTo("probation");
            assertThat(proposed.suggestedBy()).isEqualTo(releaseOn.minusDays(14));
            assertThat(event.organisation()).isEqualTo("kriminalforsorgen");
        }
        await().atMost(WAIT).untilAsserted(() -> assertThat(timeline(Persona.KARL_PROBATION))
                .extracting(entry -> entry.get("summary"))
                .contains("Løsladelsesdato fastsat til " + releaseOn,
                        "Kriminalforsorgen foreslår opfølgning på planen senest " + releaseOn.minusDays(14)));
    }

    /** Every other sector event type, as its sector system publishes it, with the line the timeline shows. */
    static Stream<Arguments> sectorEvents() {
        return Stream.of(
                Arguments.of(Persona.JONAS_JOB, "sectors.InternshipStarted", """
                        {"internshipId": "%s", "startedOn": "2026-12-01", "plannedEndOn": "2027-02-28",
                         "hoursPerWeek": 15}""", "Virksomhedspraktik startet 2026-12-01, 15 timer om ugen"),
                Arguments.of(Persona.JONAS_JOB, "sectors.InternshipEnded", """
                        {"internshipId": "%s", "endedOn": "2027-02-28", "outcome": "employment"}""",
                        "Virksomhedspraktik afsluttet 2027-02-28 (overgået til ansættelse)"),
                Arguments.of(Persona.JONAS_JOB, "sectors.BenefitChanged", """
                        {"previousBenefit": null, "newBenefit": "ledighedsydelse", "effectiveFrom": "2027-01-01"}""",
                        "Ydelse ændret fra ingen til ledighedsydelse pr. 2027-01-01"),
                Arguments.of(Persona.PETER_PSYCHIATRY, "sectors.PatientAdmitted", """
                        {"admissionId": "%s", "admittedOn": "2026-11-20", "admissionType": "day-patient"}""",
                        "Dagpatient i psykiatrien fra 2026-11-20"),
                Arguments.of(Persona.ANNA_ADDICTION, "sectors.TreatmentStarted", """
                        {"treatmentId": "%s", "startedOn": "2026-11-25", "treatmentForm": "day-treatment"}""",
                        "Misbrugsbehandling startet 2026-11-25 (dagbehandling)"),
                Arguments.of(Persona.ANNA_ADDICTION, "sectors.TreatmentEnded", """
                        {"treatmentId": "%s", "endedOn": "2027-03-01", "outcome": "dropped-out"}""",
                        "Misbrugsbehandling afsluttet 2027-03-01 (afbrudt)"),
                Arguments.of(Persona.ANNA_ADDICTION, "sectors.RelapseReported", """
                        {"treatmentId": "%s", "reportedOn": "2027-01-14"}""", "Tilbagefald meldt 2027-01-14"),
                Arguments.of(Persona.KARL_PROBATION, "sectors.SupervisionEnded", """
                        {"supervisionId": "%s", "endedOn": "2027-10-01", "outcome": "revoked"}""",
                        "Tilsyn afsluttet 2027-10-01 (tilbagekaldt)"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("sectorEvents")
    void eachSectorEventTypeLandsOnTheTimelineOfItsSector(Persona sector, String type, String payload,
                                                          String summary) throws Exception {
        TestEvents.caseOpened(citizen, sector);
        String eventId = UUID.randomUUID().toString();
        String message = """
                {"eventId": "%s", "type": "%s", "schemaVersion": 1, "occurredAt": "%s", "citizenId": "%s",
                 "organisation": "%s", "producer": {"service": "%s-system", "sector": "%s"}, "payload": %s}"""
                .formatted(eventId, type, Instant.now(), citizen, sector.organisation(), sector.sector(),
                        sector.sector(), payload.formatted(UUID.randomUUID()));

        sectorSystem.send(new ProducerRecord<>("tvaers.sector." + sector.sector() + ".events", citizen.toString(), message)).get();

        await().atMost(WAIT).untilAsserted(() -> assertThat(timeline(sector))
                .anySatisfy(entry -> assertThat(entry).containsEntry("entryId", eventId)
                        .containsEntry("kind", type).containsEntry("sector", sector.sector())
                        .containsEntry("category", "sector-events").containsEntry("summary", summary)));
    }

    private List<Object> involvedSectors() {
        return as(Persona.PETER_PSYCHIATRY).get().uri("/api/coordination/citizens/{id}/involved-sectors", citizen)
                .retrieve().body(new org.springframework.core.ParameterizedTypeReference<List<Map<String, Object>>>() {
                }).stream().map(sector -> sector.get("sector")).toList();
    }

    private RestClient as(Persona persona) {
        return TestApi.as(persona, port);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> timeline(Persona persona) {
        var response = as(persona).get().uri("/api/coordination/citizens/{id}/timeline", citizen).retrieve()
                .toEntity(List.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return response.getBody();
    }

    private List<Object> kinds(Persona persona) {
        return timeline(persona).stream().map(entry -> entry.get("kind")).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> notifications(Persona persona) {
        return as(persona).get().uri("/api/coordination/notifications").retrieve().body(List.class);
    }

    private static String admitted(UUID citizen, String extraPayloadField) {
        return """
                {"eventId": "%s", "type": "sectors.PatientAdmitted", "schemaVersion": 1, "occurredAt": "%s",
                 "citizenId": "%s", "organisation": "region-midt",
                 "producer": {"service": "psychiatry-system", "sector": "psychiatry"},
                 "payload": {"admissionId": "%s", "admittedOn": "2026-11-20", "admissionType": "inpatient"%s}}"""
                .formatted(UUID.randomUUID(), Instant.now(), citizen, UUID.randomUUID(),
                        extraPayloadField == null ? "" : ", " + extraPayloadField);
    }

    private static String discharged(UUID citizen) {
        return """
                {"eventId": "%s", "type": "sectors.PatientDischarged", "schemaVersion": 1, "occurredAt": "%s",
                 "citizenId": "%s", "organisation": "region-midt",
                 "producer": {"service": "psychiatry-system", "sector": "psychiatry"},
                 "payload": {"admissionId": "%s", "dischargedOn": "2026-12-10", "followUpWithinDays": 14}}"""
                .formatted(UUID.randomUUID(), Instant.now(), citizen, UUID.randomUUID());
    }
}
