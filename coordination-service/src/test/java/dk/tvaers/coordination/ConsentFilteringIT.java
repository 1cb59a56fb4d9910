package dk.tvaers.coordination;

import dk.tvaers.platform.domain.DanishTime;
import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationEvent;
import dk.tvaers.contracts.IntegrationEventCodec;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Producer;
import dk.tvaers.contracts.Topics;
import dk.tvaers.contracts.plan.v1.PlanCreated;
import dk.tvaers.contracts.plan.v1.SubGoalAchieved;
import dk.tvaers.contracts.plan.v1.SubGoalAdded;
import dk.tvaers.testsupport.Persona;
import dk.tvaers.testsupport.ServiceIntegrationTest;
import dk.tvaers.testsupport.TestApi;
import dk.tvaers.testsupport.TestEvents;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What each sector sees of the others' referrals, meetings and plan, on the citizen's timeline and in its
 * notification feed, as the citizen's consent is given, limited and withdrawn. A sector always sees its own;
 * both sides of a referral and a meeting's sectors see it whatever the consent; any other sector only while the
 * consent shares that category between the two.
 */
@ServiceIntegrationTest(properties = {"spring.config.name=coordination-service",
        CoordinationApiIT.SHORT_REFERRAL_DEADLINE})
class ConsentFilteringIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String REFERRAL = "referral.sent";
    private static final String MEETING = "meeting.scheduled";
    private static final String SUB_GOAL_ADDED = "plan.sub-goal-added";
    private static final String SUB_GOAL_REACHED = "plan.sub-goal-achieved";
    private static final Set<String> ON_THE_TIMELINE = Set.of(REFERRAL, MEETING, SUB_GOAL_ADDED, SUB_GOAL_REACHED);
    private static final Set<String> IN_THE_FEED = Set.of(REFERRAL, MEETING, SUB_GOAL_REACHED);

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    final IntegrationEventCodec codec = new IntegrationEventCodec();
    UUID citizen;

    /**
     * A citizen with cases in social services, at the jobcenter, in psychiatry and at the addiction centre. The
     * jobcenter has a sub-goal in the plan, reached since, and refers the citizen to the addiction centre for it;
     * social services calls a meeting with the jobcenter. No coordinator yet, so sub-goal news goes to everyone
     * involved.
     */
    @BeforeEach
    void aCitizenWithAReferralAMeetingAndAPlan() {
        citizen = UUID.randomUUID();
        for (Persona caseworker : List.of(Persona.SOFIE_SOCIAL, Persona.JONAS_JOB, Persona.PETER_PSYCHIATRY,
                Persona.ANNA_ADDICTION)) {
            TestEvents.caseOpened(citizen, caseworker);
        }
        await().atMost(WAIT).untilAsserted(() -> assertThat(list(Persona.JONAS_JOB,
                "/api/coordination/citizens/" + citizen + "/involved-sectors")).hasSize(4));
        UUID plan = UUID.randomUUID();
        UUID subGoal = UUID.randomUUID();
        publishPlan(PlanCreated.TYPE, new PlanCreated(plan, "jonas.job", 3));
        publishPlan(SubGoalAdded.TYPE, new SubGoalAdded(plan, subGoal, UUID.randomUUID(), "jobcenter",
                "community-life", 1, "open", DanishTime.today().plusMonths(3), DanishTime.today()));
        publishPlan(SubGoalAchieved.TYPE, new SubGoalAchieved(plan, subGoal, "jobcenter", "achieved",
                DanishTime.today(), 2));
        await().atMost(WAIT).untilAsserted(() -> assertThat(list(Persona.JONAS_JOB,
                "/api/coordination/citizens/" + citizen + "/sub-goals"))
                .anySatisfy(g -> assertThat(g).containsEntry("subGoalId", subGoal.toString())));

        assertThat(post(Persona.JONAS_JOB, "/api/coordination/citizens/" + citizen + "/referrals",
                Map.of("toSector", "addiction-centre", "toOrganisation", "holstebro",
                        "reason", "Drikker før praktikken", "subGoalId", subGoal))).isEqualTo(201);
        assertThat(post(Persona.SOFIE_SOCIAL, "/api/coordination/citizens/" + citizen + "/meetings",
                Map.of("startsAt", Instant.now().plus(Duration.ofDays(3)).toString(), "sectors", List.of("jobcenter"),
                        "citizenInvited", true))).isEqualTo(201);
        await().atMost(WAIT).untilAsserted(() -> assertThat(timelineKinds(Persona.JONAS_JOB))
                .containsAll(ON_THE_TIMELINE));
    }

    @Test
    void withoutConsentEachSectorSeesItsOwnAndWhatItIsPartyTo() {
        sees(Persona.SOFIE_SOCIAL, Set.of(MEETING), Set.of(MEETING));
        sees(Persona.JONAS_JOB, ON_THE_TIMELINE, Set.of(MEETING, SUB_GOAL_REACHED));
        sees(Persona.ANNA_ADDICTION, Set.of(REFERRAL), Set.of(REFERRAL));
        sees(Persona.PETER_PSYCHIATRY, Set.of(), Set.of());
    }

    @Test
    void aConsentSharesWhatItNamesBetweenItsSectorsUntilLimitedAndThenWithdrawn() {
        String consent = give(List.of("social-services", "jobcenter", "psychiatry"),
                List.of("referrals", "meetings", "plan"));

        sees(Persona.SOFIE_SOCIAL, ON_THE_TIMELINE, Set.of(MEETING, SUB_GOAL_REACHED));
        sees(Persona.PETER_PSYCHIATRY, ON_THE_TIMELINE, Set.of(MEETING, SUB_GOAL_REACHED));
        sees(Persona.ANNA_ADDICTION, Set.of(REFERRAL), Set.of(REFERRAL));
        sees(Persona.JONAS_JOB, ON_THE_TIMELINE, Set.of(MEETING, SUB_GOAL_REACHED));

        assertThat(post(Persona.SOFIE_SOCIAL, "/api/coordination/citizens/" + citizen + "/consents/" + consent
                + "/limit", Map.of("sectors", List.of("social-services", "jobcenter"), "categories", List.of("plan"))))
                .isEqualTo(200);

        sees(Persona.SOFIE_SOCIAL, Set.of(MEETING, SUB_GOAL_ADDED, SUB_GOAL_REACHED), Set.of(MEETING,
                SUB_GOAL_REACHED));
        sees(Persona.PETER_PSYCHIATRY, Set.of(), Set.of());
        sees(Persona.JONAS_JOB, ON_THE_TIMELINE, Set.of(MEETING, SUB_GOAL_REACHED));

        assertThat(post(Persona.JONAS_JOB, "/api/coordination/citizens/" + citizen + "/consents/" + consent
                + "/withdraw", Map.of())).isEqualTo(200);

        sees(Persona.SOFIE_SOCIAL, Set.of(MEETING), Set.of(MEETING));
        sees(Persona.PETER_PSYCHIATRY, Set.of(), Set.of());
        sees(Persona.JONAS_JOB, ON_THE_TIMELINE, Set.of(MEETING, SUB_GOAL_REACHED));
        sees(Persona.ANNA_ADDICTION, Set.of(REFERRAL), Set.of(REFERRAL));
    }

    private void sees(Persona persona, Set<String> onTheTimeline, Set<String> inTheFeed) {
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(timelineKinds(persona)).filteredOn(ON_THE_TIMELINE::contains)
                    .as(persona.userId() + "'s timeline").containsExactlyInAnyOrderElementsOf(onTheTimeline);
            assertThat(feedKinds(persona)).filteredOn(IN_THE_FEED::contains)
                    .as(persona.userId() + "'s feed").containsExactlyInAnyOrderElementsOf(inTheFeed);
        });
    }

    private String give(List<String> sectors, List<String> categories) {
        var given = TestApi.as(Persona.SOFIE_SOCIAL, port).post()
                .uri("/api/coordination/citizens/{id}/consents", citizen).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("sectors", sectors, "categories", categories)).retrieve().toEntity(Map.class);
        assertThat(given.getStatusCode().value()).isEqualTo(201);
        return (String) given.getBody().get("consentId");
    }

    private List<String> timelineKinds(Persona persona) {
        return list(persona, "/api/coordination/citizens/" + citizen + "/timeline").stream()
                .map(entry -> (String) entry.get("kind")).toList();
    }

    private Set<String> feedKinds(Persona persona) {
        return list(persona, "/api/coordination/notifications?limit=500").stream()
                .filter(notice -> citizen.toString().equals(notice.get("citizenId")))
                .map(notice -> (String) notice.get("kind")).collect(Collectors.toSet());
    }

    private int post(Persona who, String path, Map<String, ?> body) {
        return TestApi.as(who, port).post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .toBodilessEntity().getStatusCode().value();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> list(Persona who, String path) {
        var response = TestApi.as(who, port).get().uri(path).retrieve().toEntity(List.class);
        assertThat(response.getStatusCode().value()).as(path).isEqualTo(200);
        return response.getBody();
    }

    private <P extends IntegrationPayload> void publishPlan(EventType<P> type, P payload) {
        IntegrationEvent<P> event = IntegrationEvent.of(type, UUID.randomUUID(), Instant.now(), citizen, "holstebro",
                new Producer("plan-service", null), "test-" + UUID.randomUUID(), payload);
        kafka.send(new ProducerRecord<>(Topics.PLAN, citizen.toString(), codec.encodeToBytes(event))).join();
    }
}
