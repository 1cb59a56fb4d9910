package dk.tvaers.coordination;

import dk.tvaers.platform.domain.DanishTime;
import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationEvent;
import dk.tvaers.contracts.IntegrationEventCodec;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Producer;
import dk.tvaers.contracts.Topics;
import dk.tvaers.contracts.coordination.v1.CoordinatorDesignated;
import dk.tvaers.contracts.coordination.v1.MeetingScheduled;
import dk.tvaers.contracts.coordination.v1.ReferralSent;
import dk.tvaers.contracts.coordination.v1.ReferralStatusChanged;
import dk.tvaers.contracts.coordination.v1.ReferralUnanswered;
import dk.tvaers.contracts.plan.v1.FollowUpOverdue;
import dk.tvaers.contracts.plan.v1.FollowUpRecorded;
import dk.tvaers.contracts.plan.v1.PlanCreated;
import dk.tvaers.contracts.plan.v1.SubGoalAchieved;
import dk.tvaers.contracts.plan.v1.SubGoalAdded;
import dk.tvaers.testsupport.Persona;
import dk.tvaers.testsupport.ServiceIntegrationTest;
import dk.tvaers.testsupport.TestApi;
import dk.tvaers.testsupport.TestEvents;
import dk.tvaers.testsupport.TestIdentityProvider;
import dk.tvaers.testsupport.TestInfrastructure;
import dk.tvaers.testsupport.TopicProbe;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The REST API on the real database and broker: the coordinator, referrals in a closed loop (with the
 * unanswered deadline shortened to seconds), meetings on the plan's sub-goals, the follow-up watch, live
 * notifications, and problem details for bad input.
 */
@SuppressWarnings({"unchecked", "rawtypes"})
@ServiceIntegrationTest(properties = {"spring.config.name=coordination-service",
        CoordinationApiIT.SHORT_REFERRAL_DEADLINE})
class CoordinationApiIT {

    /**
     * Every integration test of the service uses the same properties, so they share one application context:
     * the test framework pauses a cached context it is not using, and the platform's deadline scheduler
     * cannot be started again after a pause.
     */
    static final String SHORT_REFERRAL_DEADLINE = "tvaers.coordination.referrals.answer-within=PT3S";

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String HAND_OVER_REASON = "Sofie er sygemeldt; Morten Holm fra jobcentret overtager dialogen";

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    final IntegrationEventCodec codec = new IntegrationEventCodec();
    UUID citizen;
    UUID socialCase;

    /** A citizen with a case at the jobcenter and in social services. */
    @BeforeEach
    void citizenKnownToTwoSectors() {
        citizen = UUID.randomUUID();
        socialCase = TestEvents.caseOpened(citizen, Persona.SOFIE_SOCIAL);
        TestEvents.caseOpened(citizen, Persona.JONAS_JOB);
        await().atMost(WAIT).untilAsserted(() -> assertThat(list(Persona.JONAS_JOB,
                "/api/coordination/citizens/" + citizen + "/involved-sectors")).hasSize(2));
    }

    @Test
    void theTeamIsToldACoordinatorIsNeededThenOneIsDesignatedAndHandedOverWithAReason() {
        await().atMost(WAIT).untilAsserted(() -> assertThat(list(Persona.JONAS_JOB, "/api/coordination/coordinator-needed"))
                .anySatisfy(need -> assertThat(need).containsEntry("citizenId", citizen.toString())
                        .containsEntry("reason", "no-coordinator")));

        assertThat(designate(Persona.JONAS_JOB, Map.of("caseworkerId", "sofie.social"))).isEqualTo(204);

        await().atMost(WAIT).untilAsserted(() -> {
            Map<String, Object> status = get(Persona.JONAS_JOB, "/api/coordination/citizens/{id}/coordinator").getBody();
            assertThat((Map<String, Object>) status.get("coordinator")).containsEntry("caseworkerId", "sofie.social")
                    .containsEntry("sector", "social-services");
            assertThat(status.get("need")).isNull();
        });
        try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().bootstrapServers(), Topics.COORDINATION)) {
            CoordinatorDesignated designated = codec.decode(probe.await(forCitizen(CoordinatorDesignated.TYPE), WAIT)
                    .value()).payloadAs(CoordinatorDesignated.TYPE);
            assertThat(designated.caseworkerId()).isEqualTo("sofie.social");
            assertThat(designated.previousCaseworkerId()).isNull();
        }

        var withoutReason = TestApi.as(Persona.SOFIE_SOCIAL, port).put()
                .uri("/api/coordination/citizens/{id}/coordinator", citizen).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("caseworkerId", "jonas.job")).retrieve().toEntity(Map.class);
        assertThat(withoutReason.getStatusCode().value()).isEqualTo(422);
        assertThat(withoutReason.getBody()).containsEntry("rule", "coordinator.hand-over-reason-required");
        assertThat(withoutReason.getBody().get("errors").toString()).contains("field=reason");

        assertThat(designate(Persona.SOFIE_SOCIAL, Map.of("caseworkerId", "jonas.job",
                "reason", HAND_OVER_REASON))).isEqualTo(204);
        await().atMost(WAIT).untilAsserted(() -> assertThat((Map<String, Object>) get(Persona.SOFIE_SOCIAL,
                "/api/coordination/citizens/{id}/coordinator").getBody().get("coordinator"))
                .containsEntry("caseworkerId", "jonas.job")
                .containsEntry("previousCaseworkerId", "sofie.social")
                .containsEntry("reason", HAND_OVER_REASON));
    }

    /** Free text can name a person, and Kafka cannot be crypto-shredded: the reason stays in this service. */
    @Test
    void aHandOverReasonNamingSomeoneNeverReachesTheTopic() {
        designateSofie();

        assertThat(designate(Persona.SOFIE_SOCIAL, Map.of("caseworkerId", "jonas.job",
                "reason", HAND_OVER_REASON))).isEqualTo(204);

        try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().bootstrapServers(), Topics.COORDINATION)) {
            var handOver = probe.await(r -> forCitizen(CoordinatorDesignated.TYPE).test(r)
                    && TopicProbe.text(r.value()).contains("\"previousCaseworkerId\":\"sofie.social\""), WAIT);
            CoordinatorDesignated published = codec.decode(handOver.value()).payloadAs(CoordinatorDesignated.TYPE);
            assertThat(published.caseworkerId()).isEqualTo("jonas.job");
            assertThat(published.reason()).isNull();
            assertThat(probe.seen()).filteredOn(r -> citizen.toString().equals(r.key()))
                    .extracting(r -> TopicProbe.text(r.value()))
                    .noneMatch(text -> text.contains("Morten Holm") || text.contains("sygemeldt"));
        }
        await().atMost(WAIT).untilAsserted(() -> assertThat((Map<String, Object>) get(Persona.JONAS_JOB,
                "/api/coordination/citizens/{id}/coordinator").getBody().get("coordinator"))
                .as("the service itself still tells the reason").containsEntry("reason", HAND_OVER_REASON));
    }

    @Test
    void theTeamIsToldInItsFeedWhenACoordinatorIsNeededAndAgainWhenTheCoordinatorsCaseCloses() {
        for (Persona told : List.of(Persona.JONAS_JOB, Persona.SOFIE_SOCIAL, Persona.LENE_TEAM_LEADER)) {
            await().atMost(WAIT).untilAsserted(() -> assertThat(coordinatorNeededNotices(told))
                    .as(told.userId() + ", through their own case or their sector's team").hasSize(1));
        }
        assertThat(coordinatorNeededNotices(Persona.ANNA_ADDICTION)).as("a sector not involved").isEmpty();

        designateSofie();
        TestEvents.caseClosed(citizen, socialCase, Persona.SOFIE_SOCIAL);

        await().atMost(WAIT).untilAsserted(() -> assertThat(coordinatorNeededNotices(Persona.JONAS_JOB))
                .as("the sector still involved hears the coordinator's case closed").hasSize(2));
        await().atMost(WAIT).untilAsserted(() -> assertThat(coordinatorNeededNotices(Persona.SOFIE_SOCIAL))
                .as("and so does the coordinator who left").hasSize(2));
        assertThat(coordinatorNeededNotices(Persona.JONAS_JOB)).first().satisfies(notice -> assertThat(notice)
                .containsEntry("text", "Borgeren mangler en koordinerende sagsbehandler: udpeg en fra de involverede "
                        + "sektorer"));
    }

    private List<Map<String, Object>> coordinatorNeededNotices(Persona persona) {
        return list(persona, "/api/coordination/notifications?limit=500").stream()
                .filter(n -> citizen.toString().equals(n.get("citizenId")) && "coordinator.needed".equals(n.get("kind")))
                .toList();
    }

    @Test
    void aReferralIsFollowedByBothSidesAndTheCoordinatorFromSentToCompleted() {
        designateSofie();
        UUID subGoal = subGoalOfThePlan("jobcenter", Persona.JONAS_JOB);
        var sent = TestApi.as(Persona.JONAS_JOB, port).post().uri("/api/coordination/citizens/{id}/referrals", citizen)
                .contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", "ref-" + citizen)
                .body(Map.of("toSector", "addiction-centre", "toOrganisation", "holstebro",
                        "reason", "Alkohol står i vejen for praktik", "subGoalId", subGoal))
                .retrieve().toEntity(Map.class);
        assertThat(sent.getStatusCode().value()).isEqualTo(201);
        String referralId = (String) sent.getBody().get("referralId");
        var retried = TestApi.as(Persona.JONAS_JOB, port).post()
                .uri("/api/coordination/citizens/{id}/referrals", citizen)
                .contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", "ref-" + citizen)
                .body(Map.of("toSector", "addiction-centre", "toOrganisation", "holstebro",
                        "reason", "Alkohol står i vejen for praktik", "subGoalId", subGoal))
                .retrieve().toEntity(Map.class);
        assertThat(retried.getBody()).as("a retry names the same referral").containsEntry("referralId", referralId);

        await().atMost(WAIT).untilAsserted(() -> assertThat(list(Persona.ANNA_ADDICTION,
                "/api/coordination/referrals?direction=incoming"))
                .anySatisfy(referral -> assertThat(referral).containsEntry("referralId", referralId)
                        .containsEntry("fromSector", "jobcenter")));
        await().atMost(WAIT).untilAsserted(() -> assertThat(list(Persona.ANNA_ADDICTION, "/api/coordination/notifications"))
                .anySatisfy(n -> assertThat(n).containsEntry("kind", "referral.sent")
                        .containsEntry("citizenId", citizen.toString())));

        var wrongSide = TestApi.as(Persona.SOFIE_SOCIAL, port).post()
                .uri("/api/coordination/referrals/{id}/accept", referralId).retrieve().toEntity(Map.class);
        assertThat(wrongSide.getStatusCode().value()).isEqualTo(422);
        assertThat(wrongSide.getBody()).containsEntry("rule", "referral.only-receiver-answers");

        var accepted = TestApi.as(Persona.ANNA_ADDICTION, port).post()
                .uri("/api/coordination/referrals/{id}/accept", referralId).retrieve().toEntity(Map.class);
        assertThat(accepted.getStatusCode().value()).isEqualTo(200);
        assertThat(accepted.getBody()).containsEntry("citizenId", citizen.toString());
        var again = TestApi.as(Persona.ANNA_ADDICTION, port).post()
                .uri("/api/coordination/referrals/{id}/accept", referralId).retrieve().toEntity(Map.class);
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        await().atMost(WAIT).untilAsserted(() -> assertThat(TestApi.as(Persona.JONAS_JOB, port).get()
                .uri("/api/coordination/referrals/{id}", referralId).retrieve().body(Map.class))
                .containsEntry("status", "accepted"));

        TestEvents.caseOpened(citizen, Persona.ANNA_ADDICTION);

        await().atMost(WAIT).untilAsserted(() -> assertThat(TestApi.as(Persona.JONAS_JOB, port).get()
                .uri("/api/coordination/referrals/{id}", referralId).retrieve().body(Map.class))
                .as("the receiving sector's own case puts the referral in progress")
                .containsEntry("status", "in-progress"));
        var completed = TestApi.as(Persona.ANNA_ADDICTION, port).post()
                .uri("/api/coordination/referrals/{id}/complete", referralId).retrieve().toEntity(Map.class);
        assertThat(completed.getStatusCode().value()).isEqualTo(200);

        for (Persona who : List.of(Persona.JONAS_JOB, Persona.ANNA_ADDICTION, Persona.SOFIE_SOCIAL)) {
            await().atMost(WAIT).untilAsserted(() -> assertThat(TestApi.as(who, port).get()
                    .uri("/api/coordination/referrals/{id}", referralId).retrieve().body(Map.class))
                    .as(who.userId()).containsEntry("status", "completed"));
        }
        assertThat(TestApi.as(Persona.KARL_PROBATION, port).get().uri("/api/coordination/referrals/{id}", referralId)
                .retrieve().toBodilessEntity().getStatusCode().value()).as("not a party").isEqualTo(404);
        try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().bootstrapServers(), Topics.COORDINATION)) {
            assertThat(codec.decode(probe.await(forCitizen(ReferralSent.TYPE), WAIT).value())
                    .payloadAs(ReferralSent.TYPE).subGoalId()).isEqualTo(subGoal);
            probe.await(r -> forCitizen(ReferralStatusChanged.TYPE).test(r)
                    && TopicProbe.text(r.value()).contains("\"completed\""), WAIT);
        }
    }

    @Test
    void whoMayNotSeeAReferralCannotAnswerItAndIsToldAsForAMadeUpId() {
        UUID subGoal = subGoalOfThePlan("jobcenter", Persona.JONAS_JOB);
        String referralId = (String) TestApi.as(Persona.JONAS_JOB, port).post()
                .uri("/api/coordination/citizens/{id}/referrals", citizen).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("toSector", "addiction-centre", "toOrganisation", "holstebro",
                        "reason", "Alkohol står i vejen for praktik", "subGoalId", subGoal))
                .retrieve().body(Map.class).get("referralId");
        await().atMost(WAIT).until(() -> TestApi.as(Persona.ANNA_ADDICTION, port).get()
                .uri("/api/coordination/referrals/{id}", referralId).retrieve().toBodilessEntity()
                .getStatusCode().value() == 200);

        String madeUp = UUID.randomUUID().toString();
        Map<String, Object> rejection = Map.of("reason", "no-capacity");
        Map<String, Object> withdrawal = Map.of("reason", "Ikke længere aktuelt");
        for (Persona outsider : List.of(Persona.KARL_PROBATION, Persona.EVA_OTHER_MUNICIPALITY)) {
            for (var answer : Map.of("accept", Map.of(), "start", Map.of(), "complete", Map.of(),
                    "reject", rejection, "withdraw", withdrawal).entrySet()) {
                var tried = TestApi.as(outsider, port).post().uri("/api/coordination/referrals/{id}/" + answer.getKey(),
                                referralId).contentType(MediaType.APPLICATION_JSON).body(answer.getValue())
                        .retrieve().toEntity(String.class);
                var nobodys = TestApi.as(outsider, port).post().uri("/api/coordination/referrals/{id}/"
                                + answer.getKey(), madeUp).contentType(MediaType.APPLICATION_JSON)
                        .body(answer.getValue()).retrieve().toEntity(String.class);
                assertThat(tried.getStatusCode().value()).as("%s %s", outsider.userId(), answer.getKey())
                        .isEqualTo(404);
                assertThat(tried.getBody()).doesNotContain("addiction-centre").doesNotContain("jobcenter")
                        .isEqualTo(nobodys.getBody().replace(madeUp, referralId));
            }
        }
        assertThat(TestApi.as(Persona.ANNA_ADDICTION, port).get().uri("/api/coordination/referrals/{id}", referralId)
                .retrieve().body(Map.class)).as("unchanged").containsEntry("status", "sent");
        assertThat(TestApi.as(Persona.ANNA_ADDICTION, port).post()
                .uri("/api/coordination/referrals/{id}/accept", referralId).retrieve().toBodilessEntity()
                .getStatusCode().value()).as("the receiving sector still answers it").isEqualTo(200);
    }

    @Test
    void aReferralAcceptedByASectorThatAlreadyHasItsCaseIsInProgressAtOnce() {
        UUID subGoal = subGoalOfThePlan("jobcenter", Persona.JONAS_JOB);
        var sent = TestApi.as(Persona.JONAS_JOB, port).post()
                .uri("/api/coordination/citizens/{id}/referrals", citizen).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("toSector", "social-services", "toOrganisation", "holstebro",
                        "reason", "Hjælp til at holde styr på økonomien", "subGoalId", subGoal))
                .retrieve().toEntity(Map.class);
        assertThat(sent.getStatusCode().value()).isEqualTo(201);
        String referralId = (String) sent.getBody().get("referralId");

        await().atMost(WAIT).until(() -> TestApi.as(Persona.SOFIE_SOCIAL, port).post()
                .uri("/api/coordination/referrals/{id}/accept", referralId).retrieve().toBodilessEntity()
                .getStatusCode().value() == 200);

        await().atMost(WAIT).untilAsserted(() -> assertThat(TestApi.as(Persona.JONAS_JOB, port).get()
                .uri("/api/coordination/referrals/{id}", referralId).retrieve().body(Map.class))
                .as("social services' case was open when it accepted, so no case.CaseOpened will come")
                .containsEntry("status", "in-progress").containsEntry("lastChangedBy", "sofie.social"));
    }

    @Test
    void aReferralLeftUnansweredIsFlaggedByItsDeadline() {
        UUID subGoal = subGoalOfThePlan("social-services", Persona.SOFIE_SOCIAL);
        var sent = TestApi.as(Persona.SOFIE_SOCIAL, port).post()
                .uri("/api/coordination/citizens/{id}/referrals", citizen).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("toSector", "psychiatry", "toOrganisation", "region-midt",
                        "reason", "Udredning for angst", "subGoalId", subGoal))
                .retrieve().toEntity(Map.class);
        String referralId = (String) sent.getBody().get("referralId");

        await().atMost(WAIT).untilAsserted(() -> assertThat(TestApi.as(Persona.PETER_PSYCHIATRY, port).get()
                .uri("/api/coordination/referrals/{id}", referralId).retrieve().body(Map.class))
                .containsEntry("status", "sent").containsEntry("unanswered", true));
        try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().bootstrapServers(), Topics.COORDINATION)) {
            ReferralUnanswered flagged = codec.decode(probe.await(forCitizen(ReferralUnanswered.TYPE), WAIT).value())
                    .payloadAs(ReferralUnanswered.TYPE);
            assertThat(flagged.referralId()).hasToString(referralId);
            assertThat(flagged.toOrganisation()).isEqualTo("region-midt");
        }
        var rejected = TestApi.as(Persona.PETER_PSYCHIATRY, port).post()
                .uri("/api/coordination/referrals/{id}/reject", referralId).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("reason", "no-capacity")).retrieve().toEntity(Map.class);
        assertThat(rejected.getStatusCode().value()).as("a flagged referral can still be answered").isEqualTo(200);
    }

    @Test
    void aMeetingTakesItsAgendaFromThePlansOpenSubGoalsAndDecisionsAreLinkedToThem() {
        UUID plan = UUID.randomUUID();
        UUID housing = UUID.randomUUID();
        UUID work = UUID.randomUUID();
        UUID reached = UUID.randomUUID();
        publishPlan(PlanCreated.TYPE, new PlanCreated(plan, "sofie.social", 3));
        publishPlan(SubGoalAdded.TYPE, new SubGoalAdded(plan, housing, UUID.randomUUID(), "social-services",
                "practical-tasks", 1, "open", DanishTime.today().plusMonths(2), DanishTime.today()));
        publishPlan(SubGoalAdded.TYPE, new SubGoalAdded(plan, work, UUID.randomUUID(), "jobcenter", "community-life",
                2, "open", DanishTime.today().plusMonths(3), DanishTime.today()));
        publishPlan(SubGoalAdded.TYPE, new SubGoalAdded(plan, reached, UUID.randomUUID(), "jobcenter",
                "community-life", 3, "open", DanishTime.today().plusMonths(1), DanishTime.today()));
        publishPlan(SubGoalAchieved.TYPE, new SubGoalAchieved(plan, reached, "jobcenter", "achieved",
                DanishTime.today(), 2));
        var consent = TestApi.as(Persona.SOFIE_SOCIAL, port).post()
                .uri("/api/coordination/citizens/{id}/consents", citizen).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("sectors", List.of("social-services", "jobcenter"), "categories", List.of("plan")))
                .retrieve().toEntity(Map.class);
        assertThat(consent.getStatusCode().value()).as("the jobcenter's sub-goals are shared by consent")
                .isEqualTo(201);
        await().atMost(WAIT).untilAsserted(() -> assertThat(list(Persona.SOFIE_SOCIAL,
                "/api/coordination/citizens/" + citizen + "/sub-goals"))
                .anySatisfy(g -> assertThat(g).containsEntry("subGoalId", reached.toString())
                        .containsEntry("status", "achieved")));

        var scheduled = TestApi.as(Persona.SOFIE_SOCIAL, port).post()
                .uri("/api/coordination/citizens/{id}/meetings", citizen).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("startsAt", Instant.now().plusSeconds(30).toString(), "location", "Jobcentret, lokale 3",
                        "sectors", List.of("jobcenter"), "citizenInvited", true))
                .retrieve().toEntity(Map.class);
        assertThat(scheduled.getStatusCode().value()).isEqualTo(201);
        String meetingId = (String) scheduled.getBody().get("meetingId");
        String meeting = "/api/coordination/citizens/" + citizen + "/meetings/" + meetingId;

        await().atMost(WAIT).untilAsserted(() -> assertThat(((List<Map<String, Object>>) get(Persona.JONAS_JOB,
                meeting).getBody().get("agenda")).stream().map(item -> item.get("subGoalId")).toList())
                .containsExactly(housing.toString(), work.toString()));

        var offAgenda = TestApi.as(Persona.JONAS_JOB, port).post().uri(meeting + "/decisions")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("subGoalId", reached, "text", "Fejre det", "responsibleSector", "jobcenter"))
                .retrieve().toEntity(Map.class);
        assertThat(offAgenda.getStatusCode().value()).isEqualTo(422);
        assertThat(offAgenda.getBody().get("errors").toString()).contains("field=subGoalId");

        var decided = TestApi.as(Persona.JONAS_JOB, port).post().uri(meeting + "/decisions")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("subGoalId", work, "text", "Virksomhedspraktik 10 timer om ugen fra januar",
                        "responsibleSector", "jobcenter", "dueOn", DanishTime.today().plusMonths(1).toString()))
                .retrieve().toEntity(Map.class);
        assertThat(decided.getStatusCode().value()).isEqualTo(201);

        await().atMost(WAIT).untilAsserted(() -> {
            Map<String, Object> view = get(Persona.SOFIE_SOCIAL, meeting).getBody();
            assertThat(view).containsEntry("status", "held");
            assertThat(view.get("decisions")).asList().singleElement()
                    .satisfies(d -> assertThat((Map<String, Object>) d).containsEntry("subGoalId", work.toString())
                            .containsEntry("responsibleSector", "jobcenter"));
        });
        try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().bootstrapServers(), Topics.COORDINATION)) {
            MeetingScheduled published = codec.decode(probe.await(forCitizen(MeetingScheduled.TYPE), WAIT).value())
                    .payloadAs(MeetingScheduled.TYPE);
            assertThat(published.agendaSubGoalIds()).containsExactly(housing, work);
            assertThat(published.sectors()).containsExactlyInAnyOrder("social-services", "jobcenter");
            assertThat(TopicProbe.text(probe.await(forCitizen(MeetingScheduled.TYPE), WAIT).value()))
                    .as("the location is free text and stays here").doesNotContain("lokale 3");
        }
    }

    @Test
    void theCoordinatorsFollowUpWatchListsOverdueFollowUpsUntilOneIsHeld() {
        designateSofie();
        UUID plan = UUID.randomUUID();
        publishPlan(PlanCreated.TYPE, new PlanCreated(plan, "sofie.social", 3));
        publishPlan(FollowUpOverdue.TYPE, new FollowUpOverdue(plan, DanishTime.today().minusDays(3)));

        await().atMost(WAIT).untilAsserted(() -> assertThat(list(Persona.SOFIE_SOCIAL,
                "/api/coordination/follow-up-watch"))
                .anySatisfy(entry -> assertThat(entry).containsEntry("citizenId", citizen.toString())
                        .containsEntry("status", "overdue")
                        .containsEntry("involvedSectors", List.of("jobcenter", "social-services"))));
        assertThat(list(Persona.JONAS_JOB, "/api/coordination/follow-up-watch"))
                .as("only the coordinator's list").noneSatisfy(entry ->
                        assertThat(entry).containsEntry("citizenId", citizen.toString()));

        publishPlan(FollowUpRecorded.TYPE, new FollowUpRecorded(plan, UUID.randomUUID(), DanishTime.today(),
                DanishTime.today().plusMonths(3)));

        await().atMost(WAIT).untilAsserted(() -> assertThat(list(Persona.SOFIE_SOCIAL,
                "/api/coordination/follow-up-watch"))
                .noneSatisfy(entry -> assertThat(entry).containsEntry("citizenId", citizen.toString())));
    }

    @Test
    void notificationsArriveLiveAsServerSentEvents() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/coordination/notifications/stream"))
                .header("Authorization", TestIdentityProvider.get().bearer(Persona.ANNA_ADDICTION))
                .header("Accept", "text/event-stream").GET().build();
        UUID subGoal = subGoalOfThePlan("social-services", Persona.SOFIE_SOCIAL);
        CompletableFuture<Optional<String>> received = client.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenApply(response -> response.body()
                        .filter(line -> line.startsWith("data:") && line.contains(citizen.toString()))
                        .findFirst());

        await().atMost(WAIT).untilAsserted(() -> {
            var sent = TestApi.as(Persona.SOFIE_SOCIAL, port).post()
                    .uri("/api/coordination/citizens/{id}/referrals", citizen).contentType(MediaType.APPLICATION_JSON)
                    .header("Idempotency-Key", "live-" + citizen)
                    .body(Map.of("toSector", "addiction-centre", "toOrganisation", "holstebro",
                            "reason", "Behandling", "subGoalId", subGoal))
                    .retrieve().toBodilessEntity();
            assertThat(sent.getStatusCode().value()).isEqualTo(201);
        });

        String event = received.get(WAIT.toSeconds(), TimeUnit.SECONDS).orElseThrow();
        assertThat(event).contains("\"kind\":\"referral.sent\"").contains("Ny henvisning fra Socialområdet");
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndChangesNothing() {
        var badSector = TestApi.as(Persona.SOFIE_SOCIAL, port).post()
                .uri("/api/coordination/citizens/{id}/consents", citizen).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("sectors", List.of("Jobcentret!", "social-services"), "categories", List.of("plan")))
                .retrieve().toEntity(Map.class);
        assertThat(badSector.getStatusCode().value()).isEqualTo(400);
        assertThat(badSector.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(badSector.getBody().get("errors").toString()).contains("field=sectors[0]");

        var unknownCategory = TestApi.as(Persona.SOFIE_SOCIAL, port).post()
                .uri("/api/coordination/citizens/{id}/consents", citizen).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("sectors", List.of("jobcenter", "social-services"), "categories", List.of("diary")))
                .retrieve().toEntity(Map.class);
        assertThat(unknownCategory.getStatusCode().value()).isEqualTo(422);
        assertThat(unknownCategory.getBody()).containsEntry("rule", "consent.unknown-category");
        assertThat(unknownCategory.getBody().get("errors").toString()).contains("field=categories");

        var noSubGoal = TestApi.as(Persona.SOFIE_SOCIAL, port).post()
                .uri("/api/coordination/citizens/{id}/referrals", citizen).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("toSector", "psychiatry", "toOrganisation", "region-midt", "reason", "Udredning"))
                .retrieve().toEntity(Map.class);
        assertThat(noSubGoal.getStatusCode().value()).isEqualTo(400);
        assertThat(noSubGoal.getBody().get("errors").toString()).contains("field=subGoalId");

        var noSuchSector = TestApi.as(Persona.SOFIE_SOCIAL, port).post()
                .uri("/api/coordination/citizens/{id}/referrals", citizen).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("toSector", "housing", "toOrganisation", "holstebro", "reason", "Bolig",
                        "subGoalId", UUID.randomUUID()))
                .retrieve().toEntity(Map.class);
        assertThat(noSuchSector.getStatusCode().value()).as("a sector that does not exist").isEqualTo(400);
        assertThat(noSuchSector.getBody().get("errors").toString()).contains("field=toSector")
                .contains("addiction-centre");

        var notInThePlan = TestApi.as(Persona.SOFIE_SOCIAL, port).post()
                .uri("/api/coordination/citizens/{id}/referrals", citizen).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("toSector", "psychiatry", "toOrganisation", "region-midt", "reason", "Udredning",
                        "subGoalId", UUID.randomUUID()))
                .retrieve().toEntity(Map.class);
        assertThat(notInThePlan.getStatusCode().value()).as("a sub-goal the plan does not have").isEqualTo(422);
        assertThat(notInThePlan.getBody()).containsEntry("rule", "referral.unknown-sub-goal");
        assertThat(notInThePlan.getBody().get("errors").toString()).contains("field=subGoalId");

        var badDate = TestApi.as(Persona.SOFIE_SOCIAL, port).post()
                .uri("/api/coordination/citizens/{id}/meetings", citizen).contentType(MediaType.APPLICATION_JSON)
                .body("{\"startsAt\": \"tomorrow\", \"sectors\": [\"jobcenter\"]}")
                .retrieve().toEntity(Map.class);
        assertThat(badDate.getStatusCode().value()).isEqualTo(400);
        assertThat(badDate.getBody().get("errors").toString()).contains("field=startsAt");

        assertThat(list(Persona.SOFIE_SOCIAL, "/api/coordination/citizens/" + citizen + "/consents")).isEmpty();
        assertThat(list(Persona.SOFIE_SOCIAL, "/api/coordination/citizens/" + citizen + "/referrals")).isEmpty();
    }

    @Test
    void aCitizenTheCallerDoesNotWorkWithIsNotFound() {
        for (String path : List.of("/timeline", "/involved-sectors", "/coordinator", "/consents", "/referrals",
                "/meetings", "/sub-goals")) {
            var response = TestApi.as(Persona.KARL_PROBATION, port).get()
                    .uri("/api/coordination/citizens/{id}" + path, citizen).retrieve().toEntity(String.class);
            assertThat(response.getStatusCode().value()).as(path).isEqualTo(404);
        }
        var designation = TestApi.as(Persona.EVA_OTHER_MUNICIPALITY, port).put()
                .uri("/api/coordination/citizens/{id}/coordinator", citizen).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("caseworkerId", "eva.egedal")).retrieve().toBodilessEntity();
        assertThat(designation.getStatusCode().value()).isEqualTo(404);
        var management = TestApi.as(Persona.MORTEN_MANAGEMENT, port).get()
                .uri("/api/coordination/notifications").retrieve().toBodilessEntity();
        assertThat(management.getStatusCode().value()).isEqualTo(403);
    }

    /** A sub-goal of the citizen's plan, owned by {@code sector}, once this service knows it from plan-service. */
    private UUID subGoalOfThePlan(String sector, Persona owner) {
        UUID plan = UUID.randomUUID();
        UUID subGoal = UUID.randomUUID();
        publishPlan(PlanCreated.TYPE, new PlanCreated(plan, owner.userId(), 3));
        publishPlan(SubGoalAdded.TYPE, new SubGoalAdded(plan, subGoal, UUID.randomUUID(), sector, "practical-tasks", 1,
                "open", DanishTime.today().plusMonths(2), DanishTime.today()));
        await().atMost(WAIT).untilAsserted(() -> assertThat(list(owner,
                "/api/coordination/citizens/" + citizen + "/sub-goals"))
                .anySatisfy(g -> assertThat(g).containsEntry("subGoalId", subGoal.toString())));
        return subGoal;
    }

    private void designateSofie() {
        await().atMost(WAIT).until(() -> designate(Persona.SOFIE_SOCIAL, Map.of("caseworkerId", "sofie.social")) == 204);
        await().atMost(WAIT).untilAsserted(() -> assertThat((Map<String, Object>) get(Persona.SOFIE_SOCIAL,
                "/api/coordination/citizens/{id}/coordinator").getBody().get("coordinator")).isNotNull());
    }

    private int designate(Persona who, Map<String, String> body) {
        return TestApi.as(who, port).put().uri("/api/coordination/citizens/{id}/coordinator", citizen)
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toBodilessEntity().getStatusCode()
                .value();
    }

    private org.springframework.http.ResponseEntity<Map<String, Object>> get(Persona who, String path) {
        return (org.springframework.http.ResponseEntity) TestApi.as(who, port).get().uri(path, citizen).retrieve()
                .toEntity(Map.class);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> list(Persona who, String path) {
        var response = TestApi.as(who, port).get().uri(path).retrieve().toEntity(List.class);
        assertThat(response.getStatusCode().value()).as(path).isEqualTo(200);
        return response.getBody();
    }

    private Predicate<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> forCitizen(EventType<?> type) {
        return r -> citizen.toString().equals(r.key()) && TopicProbe.text(r.value()).contains("\"" + type.name() + "\"");
    }

    private <P extends IntegrationPayload> void publishPlan(EventType<P> type, P payload) {
        IntegrationEvent<P> event = IntegrationEvent.of(type, UUID.randomUUID(), Instant.now(), citizen, "holstebro",
                new Producer("plan-service", null), "test-" + UUID.randomUUID(), payload);
        kafka.send(new ProducerRecord<>(Topics.PLAN, citizen.toString(), codec.encodeToBytes(event))).join();
    }
}
