package dk.tvaers.plan;

import dk.tvaers.contracts.IntegrationEvent;
import dk.tvaers.contracts.IntegrationEventCodec;
import dk.tvaers.contracts.Producer;
import dk.tvaers.contracts.Topics;
import dk.tvaers.contracts.coordination.v1.FollowUpProposed;
import dk.tvaers.contracts.plan.v1.FollowUpDue;
import dk.tvaers.contracts.plan.v1.FollowUpOverdue;
import dk.tvaers.contracts.plan.v1.FollowUpRescheduled;
import dk.tvaers.plan.plan.api.DreamChangedEvent;
import dk.tvaers.plan.plan.api.GoalAddedEvent;
import dk.tvaers.plan.plan.api.LifeArea;
import dk.tvaers.plan.plan.api.Measurement;
import dk.tvaers.plan.plan.api.MeasurementKind;
import dk.tvaers.plan.plan.api.PlanCreatedEvent;
import dk.tvaers.plan.plan.api.PlanIds;
import dk.tvaers.plan.plan.api.SubGoalAddedEvent;
import dk.tvaers.plan.plan.command.PlanCalendar;
import dk.tvaers.plan.plan.query.PlanDocumentProjection;
import dk.tvaers.platform.axon.HistoricEventImport;
import dk.tvaers.platform.observability.ProjectionReplay;
import dk.tvaers.testsupport.Persona;
import dk.tvaers.testsupport.ServiceIntegrationTest;
import dk.tvaers.testsupport.TestEvents;
import dk.tvaers.testsupport.TestInfrastructure;
import dk.tvaers.testsupport.TopicProbe;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.tvaers.plan.Plans.WAIT;
import static dk.tvaers.plan.Plans.subGoals;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A plan that has a past: made forty days ago, its dream rewritten twenty days ago, a sub-goal added ten
 * days ago, stored as such in the real event store. Its history and its follow-up deadlines, on the real
 * database, scheduler and broker.
 */
@ServiceIntegrationTest(properties = "spring.config.name=plan-service")
class PlanHistoryIT {

    static final LocalDate TODAY = LocalDate.now(PlanCalendar.ZONE);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventStore eventStore;

    @Autowired
    HistoricEventImport history;

    @Autowired
    EventProcessingConfiguration processing;

    final IntegrationEventCodec codec = new IntegrationEventCodec();
    Plans plans;
    UUID citizen;
    UUID planId;
    UUID subGoal;

    @BeforeEach
    void aPlanWithAPast() {
        plans = new Plans(port, jdbc);
        citizen = UUID.randomUUID();
        planId = PlanIds.planIdOf(citizen);
        subGoal = UUID.randomUUID();
        UUID goal = UUID.randomUUID();
        plans.caseOpened(citizen, Persona.SOFIE_SOCIAL);
        LocalDate created = TODAY.minusDays(40);
        past(0, created, new PlanCreatedEvent(planId, citizen, "holstebro", "sofie.social", "social-services", false,
                "Jeg vil have et arbejde", 3, created, created.plusMonths(3)));
        past(1, created, new GoalAddedEvent(planId, citizen, "holstebro", goal, "Komme ud blandt andre",
                "sofie.social", "social-services"));
        past(2, TODAY.minusDays(20), new DreamChangedEvent(planId, citizen, "holstebro", "Jeg vil være jurist",
                "Borgeren har tænkt det igennem", "sofie.social", "social-services"));
        past(3, TODAY.minusDays(10), new SubGoalAddedEvent(planId, citizen, "holstebro", subGoal, goal,
                "Gå til fællesspisning hver uge", "social-services", 1, TODAY.plusMonths(2), LifeArea.SOCIAL_LIFE,
                new Measurement(MeasurementKind.SCALE_1_TO_10, new BigDecimal("2"), new BigDecimal("6"), null,
                        null), TODAY.minusDays(10), "sofie.social"));
        plans.plan(Persona.SOFIE_SOCIAL, citizen, 3);
    }

    @Test
    void showsThePlanAsItStoodOnAnyPastDate() {
        assertThat(asOf(TODAY.minusDays(41)).getStatusCode().value()).as("before the plan was made").isEqualTo(404);

        Map<String, Object> first = asOf(TODAY.minusDays(30)).getBody();
        assertThat(first).containsEntry("dream", "Jeg vil have et arbejde");
        assertThat(subGoals(first)).isEmpty();

        Map<String, Object> later = asOf(TODAY.minusDays(15)).getBody();
        assertThat(later).containsEntry("dream", "Jeg vil være jurist");
        assertThat(subGoals(later)).isEmpty();

        Map<String, Object> now = asOf(TODAY).getBody();
        assertThat(subGoals(now)).extracting(s -> s.get("description"))
                .containsExactly("Gå til fællesspisning hver uge");
        assertThat(now).containsEntry("version", 3);
    }

    @Test
    void theChangeLogComesFromTheEventStoreWithWhenAndWhy() {
        Map<String, Object> log = plans.get(Persona.SOFIE_SOCIAL, "/api/plans/citizens/{c}/changes", citizen)
                .getBody();

        List<Map<String, Object>> changes = (List<Map<String, Object>>) log.get("changes");
        assertThat(changes).extracting(c -> c.get("change"))
                .containsExactly("PLAN_CREATED", "GOAL_ADDED", "DREAM_CHANGED", "SUB_GOAL_ADDED");
        assertThat(changes.get(2)).containsEntry("reason", "Borgeren har tænkt det igennem")
                .containsEntry("by", "sofie.social")
                .containsEntry("at", PlanCalendar.startOf(TODAY.minusDays(20)).plusSeconds(10 * 3600).toString());
    }

    @Test
    void aFollowUpThatFallsDueAndIsNotHeldRaisesDueAndThenOverdueByItself() {
        LocalDate dueOn = TODAY.minusDays(1);
        Map<String, Object> body = new HashMap<>();
        body.put("heldOn", TODAY.minusDays(3).toString());
        body.put("participants", List.of(Map.of("name", "Mette", "role", "borger")));
        body.put("readings", List.of(Map.of("subGoalId", subGoal, "value", 3)));
        body.put("nextDueOn", dueOn.toString());

        ResponseEntity<Map> recorded = plans.post(Persona.SOFIE_SOCIAL, "/api/plans/citizens/{c}/follow-ups", body,
                citizen);

        assertThat(recorded.getStatusCode().value()).as(String.valueOf(recorded.getBody())).isEqualTo(201);
        try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().bootstrapServers(), Topics.PLAN)) {
            var due = probe.await(r -> citizen.toString().equals(r.key())
                    && codec.decode(r.value()).is(FollowUpDue.TYPE), WAIT);
            assertThat(codec.decode(due.value()).payloadAs(FollowUpDue.TYPE))
                    .isEqualTo(new FollowUpDue(planId, dueOn));
            var overdue = probe.await(r -> citizen.toString().equals(r.key())
                    && codec.decode(r.value()).is(FollowUpOverdue.TYPE), WAIT);
            assertThat(codec.decode(overdue.value()).payloadAs(FollowUpOverdue.TYPE))
                    .isEqualTo(new FollowUpOverdue(planId, dueOn));
        }
        await().atMost(WAIT).untilAsserted(() -> {
            List<Map> due = plans.as(Persona.SOFIE_SOCIAL).get().uri("/api/plans/follow-ups-due")
                    .retrieve().body(List.class);
            assertThat(due).anySatisfy(d -> assertThat(d).containsEntry("citizenId", citizen.toString())
                    .containsEntry("state", "OVERDUE").containsEntry("nextDueOn", dueOn.toString()));
        });
    }

    @Test
    void aFollowUpHeldInTimeRaisesNothing() {
        Map<String, Object> body = new HashMap<>();
        body.put("heldOn", TODAY.toString());
        body.put("participants", List.of(Map.of("name", "Mette", "role", "borger")));

        ResponseEntity<Map> recorded = plans.post(Persona.SOFIE_SOCIAL, "/api/plans/citizens/{c}/follow-ups", body,
                citizen);

        assertThat(recorded.getStatusCode().value()).as(String.valueOf(recorded.getBody())).isEqualTo(201);
        assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE execution_time > now()")
                .query(Long.class).single()).as("the next follow-up waits in the scheduler").isPositive();
        Map<String, Object> plan = plans.plan(Persona.SOFIE_SOCIAL, citizen, 4);
        assertThat((Map<String, Object>) plan.get("followUp")).containsEntry("state", "SCHEDULED")
                .containsEntry("nextDueOn", TODAY.plusMonths(3).toString());
    }

    @Test
    void aProposedFollowUpFromCoordinationBringsTheNextOneForward() {
        LocalDate suggestedBy = TODAY.plusDays(7);
        TestEvents.publish(IntegrationEvent.of(FollowUpProposed.TYPE, UUID.randomUUID(), Instant.now(), citizen,
                "holstebro", new Producer("coordination-service", "psychiatry"), "test-" + UUID.randomUUID(),
                new FollowUpProposed(UUID.randomUUID(), "patient-discharged", "psychiatry", suggestedBy,
                        UUID.randomUUID())));

        try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().bootstrapServers(), Topics.PLAN)) {
            var rescheduled = probe.await(r -> citizen.toString().equals(r.key())
                    && codec.decode(r.value()).is(FollowUpRescheduled.TYPE), WAIT);
            assertThat(codec.decode(rescheduled.value()).payloadAs(FollowUpRescheduled.TYPE))
                    .isEqualTo(new FollowUpRescheduled(planId, 3, suggestedBy));
        }
        Map<String, Object> plan = plans.plan(Persona.SOFIE_SOCIAL, citizen, 4);
        assertThat((Map<String, Object>) plan.get("followUp")).containsEntry("nextDueOn", suggestedBy.toString());
    }

    @Test
    void replayingTheReadModelRebuildsTheSamePlans() {
        List<Map<String, Object>> before = jdbc.sql("""
                        SELECT plan_id, citizen_id, last_sequence, next_follow_up_on, follow_up_state FROM plan_document
                        ORDER BY plan_id""").query().listOfRows();
        Map<String, Object> planBefore = plans.plan(Persona.SOFIE_SOCIAL, citizen, 3);

        ProjectionReplay.replay(processing, PlanDocumentProjection.GROUP);

        await().atMost(WAIT).untilAsserted(() -> assertThat(jdbc.sql("""
                        SELECT plan_id, citizen_id, last_sequence, next_follow_up_on, follow_up_state FROM plan_document
                        ORDER BY plan_id""").query().listOfRows()).isEqualTo(before));
        assertThat(plans.plan(Persona.SOFIE_SOCIAL, citizen, 3)).isEqualTo(planBefore);
    }

    @Test
    void anErasedCitizensPlanIsGoneFromTheReadModelAndItsWordsFromTheEventStore() {
        TestEvents.citizenErased(citizen);

        await().atMost(WAIT).until(() -> jdbc.sql("SELECT count(*) FROM plan_document WHERE citizen_id = ?")
                .param(citizen).query(Long.class).single() == 0);
        assertThat(plans.get(Persona.SOFIE_SOCIAL, "/api/plans/citizens/{c}", citizen).getStatusCode().value())
                .isEqualTo(404);
        String stored = jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8') FROM domain_event_entry
                        WHERE aggregate_identifier = ? AND payload_type LIKE '%DreamChangedEvent'""")
                .param(planId.toString()).query(String.class).single();
        assertThat(stored).as("the citizen's words were stored encrypted").doesNotContain("jurist");
    }

    private ResponseEntity<Map> asOf(LocalDate date) {
        return plans.get(Persona.SOFIE_SOCIAL, "/api/plans/citizens/{c}/history?asOf={d}", citizen, date);
    }

    /**
     * Appends a plan event to the event store as if it had happened at ten in the morning of {@code day}: an
     * import of history, or the event table refuses an event stamped in the past.
     */
    private void past(long sequence, LocalDate day, Object event) {
        Instant at = PlanCalendar.startOf(day).plusSeconds(10 * 3600);
        history.run(() -> eventStore.publish(new GenericDomainEventMessage<>("Plan", planId.toString(), sequence,
                event, Map.of(), UUID.randomUUID().toString(), at)));
    }
}
