package dk.tvaers.coordination;

import dk.tvaers.platform.domain.DanishTime;
import dk.tvaers.contracts.IntegrationEvent;
import dk.tvaers.contracts.IntegrationEventCodec;
import dk.tvaers.contracts.Producer;
import dk.tvaers.contracts.Topics;
import dk.tvaers.contracts.cases.v1.CaseOpened;
import dk.tvaers.contracts.cases.v1.CaseClosed;
import dk.tvaers.contracts.cases.v1.CaseTransferred;
import dk.tvaers.contracts.sectors.v1.PatientAdmitted;
import dk.tvaers.contracts.sectors.v1.SectorTopics;
import dk.tvaers.coordination.involvement.api.Coordinator;
import dk.tvaers.coordination.involvement.api.CoordinatorNeed;
import dk.tvaers.coordination.involvement.api.DesignateCoordinatorCommand;
import dk.tvaers.coordination.involvement.api.FindCoordinatorNeedsQuery;
import dk.tvaers.coordination.involvement.api.FindCoordinatorQuery;
import dk.tvaers.coordination.involvement.api.FindInvolvedSectorsQuery;
import dk.tvaers.coordination.involvement.api.InvolvedSector;
import dk.tvaers.coordination.involvement.query.InvolvedSectorsProjection;
import dk.tvaers.coordination.timeline.api.FindTimelineQuery;
import dk.tvaers.coordination.timeline.api.TimelineEntry;
import dk.tvaers.platform.messaging.MessagingAutoConfiguration;
import dk.tvaers.platform.observability.ProjectionReplay;
import dk.tvaers.testsupport.ServiceIntegrationTest;
import dk.tvaers.testsupport.TestInfrastructure;
import dk.tvaers.testsupport.TopicProbe;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** coordination-service consuming case-service's events from a real broker into a real database. */
@ServiceIntegrationTest(properties = {"spring.config.name=coordination-service",
        CoordinationApiIT.SHORT_REFERRAL_DEADLINE})
class CaseEventsIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
    private static final String SECTOR_INVOLVED_EVENTS = """
            SELECT count(*) FROM domain_event_entry
            WHERE aggregate_identifier = ? AND payload_type LIKE '%SectorInvolvedEvent'""";

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    QueryGateway queries;

    @Autowired
    CommandGateway commands;

    final IntegrationEventCodec codec = new IntegrationEventCodec();

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
        assertThat(jdbc.sql(SECTOR_INVOLVED_EVENTS)
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
                new CaseOpened(UUID.randomUUID(), "social-services", "SEL §85", "sofie social", DanishTime.today()));
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
    void aRestartedConsumerResumesWhereItStopped() throws Exception {
        UUID citizen = UUID.randomUUID();
        send(caseOpened(citizen, "jobcenter"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(involvedSectors(citizen)).containsExactly("jobcenter"));

        var container = listeners.getListenerContainer("coordination-service.case-events");
        container.stop();
        await().atMost(WAIT).until(() -> !container.isRunning());
        Offsets offsets = offsetsOnTheCaseTopic("coordination-service.case-events");
        assertThat(offsets.committed())
                .as("offsets are committed once a second while running, and all that was applied on a stop")
                .isEqualTo(offsets.end());
        send(caseOpened(citizen, "psychiatry"));
        send(caseOpened(citizen, "probation"));
        container.start();

        await().atMost(WAIT).untilAsserted(() ->
                assertThat(involvedSectors(citizen)).containsExactly("jobcenter", "probation", "psychiatry"));
        assertThat(jdbc.sql(SECTOR_INVOLVED_EVENTS)
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

    @Test
    void aClosedCaseEndsTheSectorsInvolvementAndATransferMovesItToTheNewCaseworker() {
        UUID citizen = UUID.randomUUID();
        IntegrationEvent<CaseOpened> job = caseOpened(citizen, "jobcenter");
        IntegrationEvent<CaseOpened> social = caseOpened(citizen, "social-services");
        send(job);
        send(social);
        send(event(CaseTransferred.TYPE, citizen, "social-services", new CaseTransferred(
                social.payload().caseId(), "social-services", "sofie.social", "svend.social", "Barsel",
                DanishTime.today())));
        send(event(CaseClosed.TYPE, citizen, "jobcenter", new CaseClosed(job.payload().caseId(), "jobcenter",
                "Målet er nået", DanishTime.today())));

        await().atMost(WAIT).untilAsserted(() -> assertThat(queries.query(new FindInvolvedSectorsQuery(citizen),
                        ResponseTypes.multipleInstancesOf(InvolvedSector.class)).join())
                .extracting(InvolvedSector::sector, InvolvedSector::caseworkerId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("social-services", "svend.social")));
    }

    @Test
    void whenTheCoordinatorsCaseClosesTheCitizenIsOnTheListOfThoseWhoNeedOne() {
        UUID citizen = UUID.randomUUID();
        IntegrationEvent<CaseOpened> social = caseOpened(citizen, "social-services");
        send(social);
        send(caseOpened(citizen, "jobcenter"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(needs(citizen)).extracting(CoordinatorNeed::reason)
                .containsExactly("no-coordinator"));
        commands.sendAndWait(new DesignateCoordinatorCommand(citizen, "sofie.social", null, "lene.leder"));
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(needs(citizen)).isEmpty();
            assertThat(queries.query(new FindCoordinatorQuery(citizen), ResponseTypes.optionalInstanceOf(
                    Coordinator.class)).join()).hasValueSatisfying(c -> assertThat(c.caseworkerId())
                    .isEqualTo("sofie.social"));
        });

        send(event(CaseClosed.TYPE, citizen, "social-services", new CaseClosed(social.payload().caseId(),
                "social-services", "Flyttet", DanishTime.today())));

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(needs(citizen)).singleElement().satisfies(need -> {
                assertThat(need.reason()).isEqualTo("coordinator-case-closed");
                assertThat(need.previousCaseworkerId()).isEqualTo("sofie.social");
                assertThat(need.involvedSectors()).containsExactly("jobcenter");
            });
            assertThat(queries.query(new FindCoordinatorQuery(citizen), ResponseTypes.optionalInstanceOf(
                    Coordinator.class)).join()).isEmpty();
        });
    }

    @Test
    void theTimelineDatesACaseByTheDayItOpenedAndClosedNotByWhenThisServiceHeardOfIt() {
        UUID citizen = UUID.randomUUID();
        LocalDate openedOn = DanishTime.today().minusMonths(4);
        LocalDate admittedOn = DanishTime.today().minusMonths(3);
        LocalDate closedOn = DanishTime.today().minusMonths(2);
        IntegrationEvent<PatientAdmitted> admitted = IntegrationEvent.of(PatientAdmitted.TYPE, UUID.randomUUID(),
                admittedOn.atTime(10, 0).atZone(DANISH_TIME).toInstant(), citizen, "region-midt",
                new Producer("psychiatry-system", "psychiatry"), null,
                new PatientAdmitted(UUID.randomUUID(), admittedOn, "inpatient"));
        kafka.send(new ProducerRecord<>(SectorTopics.PSYCHIATRY, citizen.toString(), codec.encodeToBytes(admitted)))
                .join();
        IntegrationEvent<CaseOpened> opened = IntegrationEvent.of(CaseOpened.TYPE, UUID.randomUUID(), Instant.now(),
                citizen, "region-midt", new Producer("case-service", "psychiatry"), null,
                new CaseOpened(UUID.randomUUID(), "psychiatry", "Sundhedsloven", "peter.psyk", openedOn));
        send(opened);
        send(event(CaseClosed.TYPE, citizen, "psychiatry", new CaseClosed(opened.payload().caseId(), "psychiatry",
                "Afsluttet", closedOn)));

        await().atMost(WAIT).untilAsserted(() -> assertThat(queries.query(new FindTimelineQuery(citizen, 10),
                        ResponseTypes.multipleInstancesOf(TimelineEntry.class)).join())
                .as("newest first, in the order it happened")
                .extracting(TimelineEntry::kind, TimelineEntry::occurredAt)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("case.closed",
                                closedOn.atStartOfDay(DANISH_TIME).toInstant()),
                        org.assertj.core.groups.Tuple.tuple("sectors.PatientAdmitted", admitted.occurredAt()),
                        org.assertj.core.groups.Tuple.tuple("case.opened",
                                openedOn.atStartOfDay(DANISH_TIME).toInstant())));
    }

    @Test
    void closingACaseOfACitizenNeverSeenGoesToTheDeadLetterTopic() {
        UUID citizen = UUID.randomUUID();
        send(event(CaseClosed.TYPE, citizen, "jobcenter", new CaseClosed(UUID.randomUUID(), "jobcenter",
                "Målet er nået", DanishTime.today())));

        try (TopicProbe deadLetters = new TopicProbe(TestInfrastructure.kafka().bootstrapServers(),
                Topics.deadLetterOf(Topics.CASE))) {
            var letter = deadLetters.await(r -> citizen.toString().equals(r.key()), WAIT);
            assertThat(TopicProbe.header(letter, MessagingAutoConfiguration.DEAD_LETTER_REASON_HEADER))
                    .contains("case.CaseClosed for a citizen with no open case here");
        }
    }

    private List<CoordinatorNeed> needs(UUID citizen) {
        return queries.query(new FindCoordinatorNeedsQuery(java.util.Set.of(citizen)),
                ResponseTypes.multipleInstancesOf(CoordinatorNeed.class)).join();
    }

    private <P extends dk.tvaers.contracts.IntegrationPayload> IntegrationEvent<P> event(
            dk.tvaers.contracts.EventType<P> type, UUID citizen, String sector, P payload) {
        return IntegrationEvent.of(type, UUID.randomUUID(), Instant.now(), citizen, "holstebro",
                new Producer("case-service", sector), "test-" + UUID.randomUUID(), payload);
    }

    private List<Map<String, Object>> allRows() {
        return jdbc.sql("""
                        SELECT citizen_id, sector, organisation, case_id, caseworker_id, since FROM involved_sector
                        ORDER BY citizen_id, sector""").query().listOfRows();
    }

    /** The read model as the query side answers it (the API's access rules are tested in CoordinationApiIT). */
    private List<String> involvedSectors(UUID citizen) {
        return queries.query(new FindInvolvedSectorsQuery(citizen),
                        ResponseTypes.multipleInstancesOf(InvolvedSector.class)).join().stream()
                .map(InvolvedSector::sector).sorted().toList();
    }

    private IntegrationEvent<CaseOpened> caseOpened(UUID citizen, String sector) {
        return IntegrationEvent.of(CaseOpened.TYPE, UUID.randomUUID(), Instant.now(), citizen, "holstebro",
                new Producer("case-service", sector), "test-" + UUID.randomUUID(),
                new CaseOpened(UUID.randomUUID(), sector, "SEL §85", "sofie.social", DanishTime.today()));
    }

    private void send(IntegrationEvent<?> event) {
        kafka.send(new ProducerRecord<>(Topics.CASE, event.citizenId().toString(), codec.encodeToBytes(event))).join();
    }

    /** Per partition of the case topic: the group's committed offset, and the end offset of those that hold records. */
    private record Offsets(Map<Integer, Long> committed, Map<Integer, Long> end) {
    }

    private static Offsets offsetsOnTheCaseTopic(String group) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", TestInfrastructure.kafka().bootstrapServers()))) {
            Map<Integer, Long> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get()
                    .entrySet().stream().filter(entry -> entry.getKey().topic().equals(Topics.CASE))
                    .collect(Collectors.toMap(entry -> entry.getKey().partition(), entry -> entry.getValue().offset()));
            int partitions = admin.describeTopics(List.of(Topics.CASE)).allTopicNames().get().get(Topics.CASE)
                    .partitions().size();
            Map<TopicPartition, OffsetSpec> latest = IntStream.range(0, partitions).boxed()
                    .collect(Collectors.toMap(partition -> new TopicPartition(Topics.CASE, partition),
                            partition -> OffsetSpec.latest()));
            Map<Integer, Long> end = admin.listOffsets(latest).all().get().entrySet().stream()
                    .filter(entry -> entry.getValue().offset() > 0)
                    .collect(Collectors.toMap(entry -> entry.getKey().partition(), entry -> entry.getValue().offset()));
            return new Offsets(committed, end);
        }
    }
}
