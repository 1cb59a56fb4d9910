package dk.tvaers.coordination;

import dk.tvaers.platform.domain.DanishTime;
import dk.tvaers.contracts.IntegrationEvent;
import dk.tvaers.contracts.IntegrationEventCodec;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.Producer;
import dk.tvaers.contracts.Topics;
import dk.tvaers.contracts.plan.v1.PlanCreated;
import dk.tvaers.contracts.plan.v1.SubGoalAdded;
import dk.tvaers.contracts.sectors.v1.InternshipStarted;
import dk.tvaers.contracts.sectors.v1.SectorTopics;
import dk.tvaers.coordination.consent.api.ConsentView;
import dk.tvaers.coordination.consent.api.FindConsentsQuery;
import dk.tvaers.coordination.consent.query.ConsentProjection;
import dk.tvaers.coordination.involvement.api.Coordinator;
import dk.tvaers.coordination.involvement.api.FindCoordinatorQuery;
import dk.tvaers.coordination.involvement.api.FindInvolvedSectorsQuery;
import dk.tvaers.coordination.involvement.api.InvolvedSector;
import dk.tvaers.coordination.involvement.query.InvolvedSectorsProjection;
import dk.tvaers.coordination.meeting.api.FindMeetingsOfCitizenQuery;
import dk.tvaers.coordination.meeting.api.MeetingView;
import dk.tvaers.coordination.meeting.query.MeetingProjection;
import dk.tvaers.coordination.referral.api.FindReferralsOfCitizenQuery;
import dk.tvaers.coordination.referral.api.ReferralView;
import dk.tvaers.coordination.referral.query.ReferralProjection;
import dk.tvaers.coordination.timeline.api.FindTimelineQuery;
import dk.tvaers.coordination.timeline.api.TimelineEntry;
import dk.tvaers.coordination.timeline.query.TimelineProjection;
import dk.tvaers.platform.observability.ProjectionReplay;
import dk.tvaers.testsupport.ErasureChecks;
import dk.tvaers.testsupport.Persona;
import dk.tvaers.testsupport.ServiceIntegrationTest;
import dk.tvaers.testsupport.TestApi;
import dk.tvaers.testsupport.TestEvents;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The right to erasure (crypto-shredding): case-service's {@code case.CitizenErased} makes this service forget
 * the citizen in every read model and delete their key, so the free text sealed with it and the events'
 * erasable parts are unreadable for good; a full replay of the projections brings nothing of them back, and
 * another citizen's data, sealed with their own key, is as it was.
 */
@ServiceIntegrationTest(properties = {"spring.config.name=coordination-service",
        CoordinationApiIT.SHORT_REFERRAL_DEADLINE})
class ErasureIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration REPLAY = Duration.ofMinutes(3);
    private static final List<String> CITIZEN_TABLES = List.of("involved_sector", "coordinator", "coordinator_need",
            "consent", "referral", "meeting", "plan_watch", "plan_sub_goal", "timeline_entry", "notification",
            "citizen_key");
    private static final List<String> REPLAYABLE = List.of(InvolvedSectorsProjection.GROUP, ConsentProjection.GROUP,
            ReferralProjection.GROUP, MeetingProjection.GROUP, TimelineProjection.GROUP);

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    QueryGateway queries;

    @Autowired
    EventProcessingConfiguration processing;

    final IntegrationEventCodec codec = new IntegrationEventCodec();

    @Test
    void anErasedCitizenIsUnreadableEvenAfterAFullReplayWhileAnotherIsIntact() {
        UUID erased = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        String erasedSecret = secret();
        String keptSecret = secret();
        List<UUID> erasedMeetings = aCitizenWithEverything(erased, erasedSecret);
        aCitizenWithEverything(kept, keptSecret);
        Map<String, Object> keptBefore = whatTheServiceTells(kept);
        assertThat(ErasureChecks.occurrencesInTheDatabase(jdbc, "Jobcentret")).as("the search sees what is in clear")
                .contains("meeting.location", "timeline_entry.summary");
        assertThat(ErasureChecks.occurrencesInTheDatabase(jdbc, keptSecret)).as("free text is sealed or encrypted at rest").isEmpty();
        assertThat(ErasureChecks.occurrencesInTheDatabase(jdbc, erasedSecret)).isEmpty();

        TestEvents.citizenErased(erased);

        await().atMost(WAIT).untilAsserted(() -> assertThat(rowsOf(erased, erasedMeetings)).isEmpty());
        assertThat(jdbc.sql("SELECT count(*) FROM erased_citizen WHERE citizen_id = ?").param(erased)
                .query(Long.class).single()).isEqualTo(1);

        List<StreamingEventProcessor> replays = REPLAYABLE.stream()
                .map(group -> ProjectionReplay.replay(processing, group)).toList();

        await().atMost(REPLAY).untilAsserted(() -> {
            assertThat(whatTheServiceTells(kept)).as("the other citizen, rebuilt").isEqualTo(keptBefore);
            assertThat(replays).noneMatch(StreamingEventProcessor::isReplaying);
        });
        assertThat(rowsOf(erased, erasedMeetings)).as("nothing of the erased citizen came back").isEmpty();
        assertThat(whatTheServiceTells(erased)).allSatisfy((what, told) -> assertThat(told).as(what)
                .satisfiesAnyOf(value -> assertThat(value).isEqualTo(List.of()),
                        value -> assertThat(value).isEqualTo(java.util.Optional.empty())));
        assertThat(ErasureChecks.occurrencesInTheDatabase(jdbc, erasedSecret)).isEmpty();
        assertThat(whatTheServiceTells(kept).toString()).as("the other citizen's free text opens with their key")
                .contains(keptSecret + " overdragelse", keptSecret + " henvisning", keptSecret + " afvisning",
                        keptSecret + " beslutning", keptSecret + " aflysning");
    }

    /**
     * Cases in social services and at the jobcenter, the coordination handed over with a reason, a consent, a
     * plan with a sub-goal, a referral rejected with a note, a meeting with a decision and one cancelled with a
     * reason, a sector system's event and an enrolment. Every piece of free text carries {@code secret}.
     */
    private List<UUID> aCitizenWithEverything(UUID citizen, String secret) {
        TestEvents.caseOpened(citizen, Persona.SOFIE_SOCIAL);
        TestEvents.caseOpened(citizen, Persona.JONAS_JOB);
        await().atMost(WAIT).until(() -> put(Persona.SOFIE_SOCIAL, "/api/coordination/citizens/" + citizen
                + "/coordinator", Map.of("caseworkerId", "sofie.social")) == 204);
        await().atMost(WAIT).until(() -> put(Persona.SOFIE_SOCIAL, "/api/coordination/citizens/" + citizen
                + "/coordinator", Map.of("caseworkerId", "jonas.job", "reason", secret + " overdragelse")) == 204);
        assertThat(post(Persona.SOFIE_SOCIAL, "/api/coordination/citizens/" + citizen + "/consents",
                Map.of("sectors", List.of("social-services", "jobcenter"), "categories", List.of("plan"))).get("consentId"))
                .isNotNull();
        UUID plan = UUID.randomUUID();
        UUID subGoal = UUID.randomUUID();
        publish(Topics.PLAN, citizen, PlanCreated.TYPE, "plan-service", null, new PlanCreated(plan, "sofie.social", 3));
        publish(Topics.PLAN, citizen, SubGoalAdded.TYPE, "plan-service", null, new SubGoalAdded(plan, subGoal,
                UUID.randomUUID(), "social-services", "practical-tasks", 1, "open", DanishTime.today().plusMonths(2),
                DanishTime.today()));
        await().atMost(WAIT).untilAsserted(() -> assertThat(TestApi.as(Persona.SOFIE_SOCIAL, port).get()
                .uri("/api/coordination/citizens/{id}/sub-goals", citizen).retrieve().body(String.class))
                .contains(subGoal.toString()));

        Object referral = post(Persona.SOFIE_SOCIAL, "/api/coordination/citizens/" + citizen + "/referrals",
                Map.of("toSector", "addiction-centre", "toOrganisation", "holstebro", "reason", secret + " henvisning",
                        "subGoalId", subGoal)).get("referralId");
        post(Persona.ANNA_ADDICTION, "/api/coordination/referrals/" + referral + "/reject",
                Map.of("reason", "other", "note", secret + " afvisning"));

        List<UUID> meetings = new ArrayList<>();
        String meetingsOf = "/api/coordination/citizens/" + citizen + "/meetings";
        UUID held = UUID.fromString(post(Persona.SOFIE_SOCIAL, meetingsOf, Map.of("startsAt",
                Instant.now().plusSeconds(60).toString(), "location", "Jobcentret", "sectors", List.of("jobcenter"),
                "citizenInvited", true, "agendaSubGoalIds", List.of(subGoal))).get("meetingId").toString());
        post(Persona.JONAS_JOB, meetingsOf + "/" + held + "/decisions", Map.of("subGoalId", subGoal,
                "text", secret + " beslutning", "responsibleSector", "jobcenter"));
        UUID cancelled = UUID.fromString(post(Persona.SOFIE_SOCIAL, meetingsOf, Map.of("startsAt",
                Instant.now().plus(Duration.ofDays(7)).toString(), "sectors", List.of("jobcenter"),
                "citizenInvited", false)).get("meetingId").toString());
        post(Persona.SOFIE_SOCIAL, meetingsOf + "/" + cancelled + "/cancel", Map.of("reason", secret + " aflysning"));
        meetings.add(held);
        meetings.add(cancelled);

        publish(SectorTopics.JOBCENTER, citizen, InternshipStarted.TYPE, "jobcenter-system", "jobcenter",
                new InternshipStarted(UUID.randomUUID(), DanishTime.today(), DanishTime.today().plusWeeks(8), 10));
        TestEvents.citizenEnrolled(citizen, "bosted-aaen", "social-services");

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(queries.query(new FindTimelineQuery(citizen, 100),
                            ResponseTypes.multipleInstancesOf(TimelineEntry.class)).join())
                    .extracting(TimelineEntry::kind)
                    .contains("coordinator.designated", "plan.sub-goal-added", "referral.rejected", "meeting.decision",
                            "meeting.cancelled", "sectors.InternshipStarted", "offer.citizen-enrolled");
            assertThat(whatTheServiceTells(citizen).toString()).contains(secret + " overdragelse",
                    secret + " henvisning", secret + " afvisning", secret + " beslutning", secret + " aflysning");
        });
        return meetings;
    }

    /** Everything the query side answers about the citizen, with sealed free text opened. */
    private Map<String, Object> whatTheServiceTells(UUID citizen) {
        Map<String, Object> told = new LinkedHashMap<>();
        told.put("involved sectors", queries.query(new FindInvolvedSectorsQuery(citizen),
                ResponseTypes.multipleInstancesOf(InvolvedSector.class)).join());
        told.put("coordinator", queries.query(new FindCoordinatorQuery(citizen),
                ResponseTypes.optionalInstanceOf(Coordinator.class)).join());
        told.put("consents", queries.query(new FindConsentsQuery(citizen),
                ResponseTypes.multipleInstancesOf(ConsentView.class)).join());
        told.put("referrals", queries.query(new FindReferralsOfCitizenQuery(citizen),
                ResponseTypes.multipleInstancesOf(ReferralView.class)).join());
        told.put("meetings", queries.query(new FindMeetingsOfCitizenQuery(citizen),
                ResponseTypes.multipleInstancesOf(MeetingView.class)).join());
        told.put("timeline", queries.query(new FindTimelineQuery(citizen, 100),
                ResponseTypes.multipleInstancesOf(TimelineEntry.class)).join());
        return told;
    }

    /** The citizen's rows in this service's read models and key store, by table. */
    private Map<String, Long> rowsOf(UUID citizen, List<UUID> meetings) {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : CITIZEN_TABLES) {
            rows.put(table, jdbc.sql("SELECT count(*) FROM " + table + " WHERE citizen_id = ?").param(citizen)
                    .query(Long.class).single());
        }
        for (String table : List.of("meeting_agenda_item", "meeting_decision")) {
            rows.put(table, jdbc.sql("SELECT count(*) FROM " + table + " WHERE meeting_id IN (:ids)")
                    .param("ids", meetings).query(Long.class).single());
        }
        rows.values().removeIf(count -> count == 0);
        return rows;
    }

    private static String secret() {
        byte[] bytes = new byte[6];
        ThreadLocalRandom.current().nextBytes(bytes);
        return "Hemmelig-" + HexFormat.of().formatHex(bytes);
    }

    private <P extends IntegrationPayload> void publish(String topic, UUID citizen, EventType<P> type, String service,
                                                       String sector, P payload) {
        IntegrationEvent<P> event = IntegrationEvent.of(type, UUID.randomUUID(), Instant.now(), citizen, "holstebro",
                new Producer(service, sector), "test-" + UUID.randomUUID(), payload);
        kafka.send(new ProducerRecord<>(topic, citizen.toString(), codec.encodeToBytes(event))).join();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> post(Persona who, String path, Map<String, ?> body) {
        var response = TestApi.as(who, port).post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().toEntity(Map.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as("POST %s: %s", path, response.getBody()).isTrue();
        return response.getBody() == null ? Map.of() : response.getBody();
    }

    private int put(Persona who, String path, Map<String, ?> body) {
        return TestApi.as(who, port).put().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .toBodilessEntity().getStatusCode().value();
    }
}
