package dk.tvaers.plan;

import dk.tvaers.platform.domain.DanishTime;
import dk.tvaers.contracts.IntegrationEvent;
import dk.tvaers.contracts.IntegrationEventCodec;
import dk.tvaers.contracts.Producer;
import dk.tvaers.contracts.Topics;
import dk.tvaers.contracts.cases.v1.CaseOpened;
import dk.tvaers.contracts.plan.v1.PlanCreated;
import dk.tvaers.plan.plan.api.PlanIds;
import dk.tvaers.platform.messaging.MessagingAutoConfiguration;
import dk.tvaers.testsupport.Persona;
import dk.tvaers.testsupport.ServiceIntegrationTest;
import dk.tvaers.testsupport.TestEvents;
import dk.tvaers.testsupport.TestInfrastructure;
import dk.tvaers.testsupport.TopicProbe;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dk.tvaers.plan.Plans.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One plan per citizen, made automatically from case-service's events on a real broker into a real
 * database, and never twice, however the requests for it meet.
 */
@ServiceIntegrationTest(properties = "spring.config.name=plan-service")
class PlanTriggerIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    final IntegrationEventCodec codec = new IntegrationEventCodec();
    Plans plans;

    @BeforeEach
    void setUp() {
        plans = new Plans(port, jdbc);
    }

    @Test
    void aCitizenWithOpenCasesInTwoSectorsGetsAPlanAndTheOtherServicesHearOfIt() {
        UUID citizen = UUID.randomUUID();

        plans.caseOpened(citizen, Persona.SOFIE_SOCIAL);
        plans.caseOpened(citizen, Persona.JONAS_JOB);

        Map<String, Object> plan = plans.plan(Persona.SOFIE_SOCIAL, citizen, 0);
        assertThat(plan).containsEntry("planId", PlanIds.planIdOf(citizen).toString())
                .containsEntry("createdBy", "system").containsEntry("createdAutomatically", true)
                .containsEntry("organisation", "holstebro");
        assertThat((Map<String, Object>) plan.get("followUp")).containsEntry("frequencyMonths", 3)
                .containsEntry("nextDueOn", DanishTime.today().plusMonths(3).toString());
        try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().bootstrapServers(), Topics.PLAN)) {
            var record = probe.await(r -> citizen.toString().equals(r.key()), WAIT);
            IntegrationEvent<?> event = codec.decode(record.value());
            assertThat(event.is(PlanCreated.TYPE)).isTrue();
            assertThat(event.producer().service()).isEqualTo("plan-service");
            assertThat(event.payloadAs(PlanCreated.TYPE))
                    .isEqualTo(new PlanCreated(PlanIds.planIdOf(citizen), "system", 3));
        }
    }

    @Test
    void caseEventsOfThreeSectorsArrivingAtOnceAndTwiceMakeOnePlan() {
        UUID citizen = UUID.randomUUID();
        List<IntegrationEvent<CaseOpened>> events = List.of(caseOpened(citizen, "social-services"),
                caseOpened(citizen, "jobcenter"), caseOpened(citizen, "addiction-centre"));

        // each on its own partition, so three listener threads apply them at the same time; and each twice
        List<CompletableFuture<?>> sends = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (int partition = 0; partition < events.size(); partition++) {
                sends.add(kafka.send(new ProducerRecord<>(Topics.CASE, partition, citizen.toString(),
                        codec.encodeToBytes(events.get(partition)))));
            }
        }
        sends.forEach(CompletableFuture::join);

        await().atMost(WAIT).until(() -> countEvents(citizen.toString(), "SectorCaseOpenedEvent") == 3);
        await().atMost(WAIT).until(() -> countEvents(planId(citizen), "PlanCreatedEvent") == 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() ->
                countEvents(planId(citizen), "%") == 1 && countEvents(citizen.toString(), "PlanNeededEvent") == 1);
        for (IntegrationEvent<CaseOpened> event : events) {
            assertThat(jdbc.sql("SELECT count(*) FROM inbox_message WHERE consumer = ? AND event_id = ?")
                    .params("plan-service.case-events", event.eventId()).query(Long.class).single())
                    .as("applied once").isEqualTo(1);
        }
    }

    @Test
    void concurrentRequestsForOnePlanCreateItOnceAndTellTheOthersItExists() throws Exception {
        UUID citizen = UUID.randomUUID();
        plans.caseOpened(citizen, Persona.SOFIE_SOCIAL);

        List<Integer> statuses = concurrently(6, () -> plans.post(Persona.SOFIE_SOCIAL, "/api/plans/citizens/{c}",
                Map.of("dream", "At blive jurist"), citizen));

        assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
        assertThat(countEvents(planId(citizen), "PlanCreatedEvent")).isEqualTo(1);
        ResponseEntity<Map> again = plans.post(Persona.SOFIE_SOCIAL, "/api/plans/citizens/{c}", Map.of(), citizen);
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(again.getBody()).containsEntry("rule", "plan.already-exists");
    }

    @Test
    void aCaseworkerAskingForThePlanAsTheSecondSectorOpensItsCaseGetsTheSamePlan() throws Exception {
        UUID citizen = UUID.randomUUID();
        plans.caseOpened(citizen, Persona.SOFIE_SOCIAL);

        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> secondSector = pool.submit(() -> TestEvents.caseOpened(citizen, Persona.JONAS_JOB));
            List<Integer> statuses = concurrently(3, () -> plans.post(Persona.SOFIE_SOCIAL,
                    "/api/plans/citizens/{c}", Map.of(), citizen));
            secondSector.get();
            assertThat(statuses).as("the automatic creation may win the race: then every request hears 409")
                    .allMatch(status -> status == 201 || status == 409);
            assertThat(statuses.stream().filter(s -> s == 201).count()).isLessThanOrEqualTo(1);
        } finally {
            pool.shutdown();
        }
        await().atMost(WAIT).until(() -> countEvents(citizen.toString(), "PlanNeededEvent") == 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() ->
                countEvents(planId(citizen), "PlanCreatedEvent") == 1);
        assertThat(plans.plan(Persona.SOFIE_SOCIAL, citizen, 0)).containsEntry("planId", planId(citizen));
    }

    @Test
    void anUnreadableCaseEventGoesToTheDeadLetterTopicWithItsReasonAndTheNextIsApplied() {
        UUID citizen = UUID.randomUUID();
        String key = citizen.toString();

        kafka.send(new ProducerRecord<>(Topics.CASE, key, "{\"type\": \"case.CaseOpened\", oops"
                .getBytes(StandardCharsets.UTF_8))).join();
        kafka.send(new ProducerRecord<>(Topics.CASE, key, codec.encodeToBytes(caseOpened(citizen, "probation"))))
                .join();

        await().atMost(WAIT).until(() -> countEvents(citizen.toString(), "SectorCaseOpenedEvent") == 1);
        try (TopicProbe deadLetters = new TopicProbe(TestInfrastructure.kafka().bootstrapServers(),
                Topics.deadLetterOf(Topics.CASE))) {
            var ours = deadLetters.await(r -> key.equals(r.key())
                    && "plan-service.case-events".equals(TopicProbe.header(r, "kafka_dlt-original-consumer-group")),
                    WAIT);
            assertThat(TopicProbe.header(ours, MessagingAutoConfiguration.DEAD_LETTER_REASON_HEADER))
                    .startsWith("not valid JSON");
        }
    }

    private IntegrationEvent<CaseOpened> caseOpened(UUID citizen, String sector) {
        return IntegrationEvent.of(CaseOpened.TYPE, UUID.randomUUID(), Instant.now(), citizen, "holstebro",
                new Producer("case-service", sector), "test-" + UUID.randomUUID(),
                new CaseOpened(UUID.randomUUID(), sector, "SEL §85", "sofie.social", DanishTime.today()));
    }

    private long countEvents(String aggregate, String payloadType) {
        return jdbc.sql("""
                        SELECT count(*) FROM domain_event_entry
                        WHERE aggregate_identifier = ? AND payload_type LIKE ?""")
                .params(aggregate, "%" + payloadType).query(Long.class).single();
    }

    private static String planId(UUID citizen) {
        return PlanIds.planIdOf(citizen).toString();
    }

    /** Runs the call from {@code n} threads released at the same moment; returns the HTTP statuses. */
    private static List<Integer> concurrently(int n, java.util.function.Supplier<ResponseEntity<Map>> call)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return call.get().getStatusCode().value();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            return statuses;
        } finally {
            pool.shutdown();
        }
    }
}
