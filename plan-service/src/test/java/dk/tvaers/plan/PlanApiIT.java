package dk.tvaers.plan;

import dk.tvaers.platform.domain.DanishTime;
import dk.tvaers.contracts.IntegrationEventCodec;
import dk.tvaers.contracts.Topics;
import dk.tvaers.contracts.plan.v1.FollowUpRecorded;
import dk.tvaers.contracts.plan.v1.SubGoalAchieved;
import dk.tvaers.contracts.plan.v1.SubGoalAdded;
import dk.tvaers.contracts.plan.v1.SubGoalChanged;
import dk.tvaers.contracts.plan.v1.SubGoalDropped;
import dk.tvaers.plan.plan.api.PlanIds;
import dk.tvaers.testsupport.Persona;
import dk.tvaers.testsupport.ServiceIntegrationTest;
import dk.tvaers.testsupport.TestEvents;
import dk.tvaers.testsupport.TestInfrastructure;
import dk.tvaers.testsupport.TopicProbe;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import static dk.tvaers.plan.Plans.WAIT;
import static dk.tvaers.plan.Plans.beers;
import static dk.tvaers.plan.Plans.scale;
import static dk.tvaers.plan.Plans.subGoals;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Many sectors, one plan: the API on the real database and broker, with the platform's access rules. */
@ServiceIntegrationTest(properties = "spring.config.name=plan-service")
class PlanApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    final IntegrationEventCodec codec = new IntegrationEventCodec();
    Plans plans;
    UUID citizen;
    UUID goal;

    /** A citizen with cases at social services, the jobcenter and the addiction centre, and their plan. */
    @BeforeEach
    void setUp() {
        plans = new Plans(port, jdbc);
        citizen = UUID.randomUUID();
        plans.caseOpened(citizen, Persona.SOFIE_SOCIAL);
        plans.caseOpened(citizen, Persona.JONAS_JOB);
        plans.caseOpened(citizen, Persona.ANNA_ADDICTION);
        plans.plan(Persona.SOFIE_SOCIAL, citizen, 0);
        assertThat(plans.put(Persona.SOFIE_SOCIAL, "/api/plans/citizens/{c}/dream",
                Map.of("dream", "Jeg vil være jurist"), citizen).getStatusCode().value()).isEqualTo(204);
        goal = plans.addGoal(Persona.SOFIE_SOCIAL, citizen, "Få styr på mit liv");
    }

    @Test
    void twoSectorsEditingTheirOwnSubGoalsAtOnceBothSucceed() throws Exception {
        UUID beer = plans.addSubGoal(Persona.ANNA_ADDICTION, citizen, goal, "Drikke 8 øl om dagen i stedet for 12",
                beers());
        UUID job = plans.addSubGoal(Persona.JONAS_JOB, citizen, goal, "Møde op i praktik to dage om ugen",
                scale(3, 7));

        List<ResponseEntity<Map>> results = concurrently(List.of(
                () -> plans.put(Persona.ANNA_ADDICTION, "/api/plans/citizens/{c}/sub-goals/{s}",
                        change(1, "Drikke 10 øl om dagen i stedet for 12", beers(), "Mindre skridt"), citizen, beer),
                () -> plans.put(Persona.JONAS_JOB, "/api/plans/citizens/{c}/sub-goals/{s}",
                        change(1, "Møde op i praktik tre dage om ugen", scale(3, 8), "Det går godt"), citizen, job)));

        assertThat(results).allSatisfy(r -> {
            assertThat(r.getStatusCode().value()).as(String.valueOf(r.getBody())).isEqualTo(200);
            assertThat(r.getBody()).containsEntry("version", 2);
        });
        long version = versionOf(citizen);
        assertThat(subGoals(plans.plan(Persona.ANNA_ADDICTION, citizen, version))).extracting(s -> s.get("description"))
                .containsExactly("Drikke 10 øl om dagen i stedet for 12");
        assertThat(subGoals(plans.plan(Persona.JONAS_JOB, citizen, version))).extracting(s -> s.get("description"))
                .containsExactly("Møde op i praktik tre dage om ugen");
    }

    @Test
    void twoEditsOfOneSubGoalOnTheSameStaleVersionGiveOneConflictWithTheCurrentVersion() throws Exception {
        UUID beer = plans.addSubGoal(Persona.ANNA_ADDICTION, citizen, goal, "Drikke 8 øl om dagen i stedet for 12",
                beers());

        List<ResponseEntity<Map>> results = concurrently(List.of(
                () -> plans.put(Persona.ANNA_ADDICTION, "/api/plans/citizens/{c}/sub-goals/{s}",
                        change(1, "Drikke 10 øl om dagen", beers(), "Mindre skridt"), citizen, beer),
                () -> plans.put(Persona.ANNA_ADDICTION, "/api/plans/citizens/{c}/sub-goals/{s}",
                        change(1, "Drikke 6 øl om dagen", beers(), "Større skridt"), citizen, beer)));

        List<Integer> statuses = results.stream().map(r -> r.getStatusCode().value()).toList();
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        ResponseEntity<Map> won = results.stream().filter(r -> r.getStatusCode().value() == 200).findFirst()
                .orElseThrow();
        ResponseEntity<Map> lost = results.stream().filter(r -> r.getStatusCode().value() == 409).findFirst()
                .orElseThrow();
        assertThat(lost.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(lost.getBody()).containsEntry("currentVersion", 2).containsEntry("rule", "plan.sub-goal-stale");
        assertThat(won.getBody()).containsEntry("version", 2);
        Map<String, Object> plan = plans.plan(Persona.ANNA_ADDICTION, citizen, versionOf(citizen));
        assertThat(subGoals(plan)).singleElement().satisfies(s -> {
            assertThat(s.get("version")).isEqualTo(2);
            assertThat(s.get("description")).isIn("Drikke 10 øl om dagen", "Drikke 6 øl om dagen");
        });
        assertThat(plans.put(Persona.ANNA_ADDICTION, "/api/plans/citizens/{c}/sub-goals/{s}",
                change(2, "Drikke 7 øl om dagen", beers(), "Aftalt efter konflikten"), citizen, beer)
                .getStatusCode().value()).as("re-read at the current version, the edit goes through").isEqualTo(200);
    }

    @Test
    void aSectorSeesAnotherSectorsSubGoalsOnlyUnderTheCitizensConsentAndNeverChangesThem() {
        UUID beer = plans.addSubGoal(Persona.ANNA_ADDICTION, citizen, goal, "Drikke 8 øl om dagen i stedet for 12",
                beers());
        UUID job = plans.addSubGoal(Persona.JONAS_JOB, citizen, goal, "Møde op i praktik", scale(3, 7));
        long version = versionOf(citizen);

        Map<String, Object> jobcentersView = plans.plan(Persona.JONAS_JOB, citizen, version);
        assertThat(jobcentersView).containsEntry("dream", "Jeg vil være jurist");
        assertThat(subGoals(jobcentersView)).extracting(s -> s.get("subGoalId")).containsExactly(job.toString());

        ResponseEntity<Map> notHis = plans.put(Persona.JONAS_JOB, "/api/plans/citizens/{c}/sub-goals/{s}",
                change(1, "Drikke ingenting", beers(), "Jeg bestemmer"), citizen, beer);
        assertThat(notHis.getStatusCode().value()).as("not seen, so not found").isEqualTo(404);

        TestEvents.consentGiven(citizen, List.of("jobcenter", "addiction-centre"), List.of("plan"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(subGoals(plans.plan(Persona.JONAS_JOB, citizen, version)))
                .extracting(s -> s.get("subGoalId")).containsExactlyInAnyOrder(job.toString(), beer.toString()));
        ResponseEntity<Map> stillNotHis = plans.put(Persona.JONAS_JOB, "/api/plans/citizens/{c}/sub-goals/{s}",
                change(1, "Drikke ingenting", beers(), "Jeg bestemmer"), citizen, beer);
        assertThat(stillNotHis.getStatusCode().value()).as("seen under consent, but not his to change")
                .isEqualTo(403);
    }

    @Test
    void aRetriedRequestWithTheSameIdempotencyKeyAddsTheSubGoalOnce() {
        Map<String, Object> body = Plans.subGoal(goal, "Sove i egen seng fem nætter om ugen", scale(2, 5));
        List<ResponseEntity<Map>> attempts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            attempts.add(plans.as(Persona.SOFIE_SOCIAL).post().uri("/api/plans/citizens/{c}/sub-goals", citizen)
                    .header("Idempotency-Key", "retry-1").contentType(MediaType.APPLICATION_JSON).body(body)
                    .retrieve().toEntity(Map.class));
        }

        assertThat(attempts).allSatisfy(a -> assertThat(a.getStatusCode().value()).isEqualTo(201));
        assertThat(attempts.get(1).getBody().get("subGoalId")).isEqualTo(attempts.get(0).getBody().get("subGoalId"));
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM domain_event_entry
                        WHERE aggregate_identifier = ? AND payload_type LIKE '%SubGoalAddedEvent'""")
                .param(PlanIds.planIdOf(citizen).toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void onlyThoseWorkingWithTheCitizenSeeThePlan() {
        assertThat(plans.get(Persona.KARL_PROBATION, "/api/plans/citizens/{c}", citizen).getStatusCode().value())
                .as("probation has no case: the citizen is not known to them").isEqualTo(404);
        assertThat(plans.get(Persona.EVA_OTHER_MUNICIPALITY, "/api/plans/citizens/{c}", citizen).getStatusCode()
                .value()).isEqualTo(404);
        assertThat(plans.get(Persona.MORTEN_MANAGEMENT, "/api/plans/citizens/{c}", citizen).getStatusCode().value())
                .isEqualTo(403);
        assertThat(plans.get(Persona.SOFIE_SOCIAL, "/api/plans/citizens/{c}", UUID.randomUUID()).getStatusCode()
                .value()).isEqualTo(404);
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        Map<String, Object> missingMeasure = Plans.subGoal(goal, "Drikke mindre", null);
        ResponseEntity<Map> invalid = plans.post(Persona.ANNA_ADDICTION, "/api/plans/citizens/{c}/sub-goals",
                missingMeasure, citizen);
        assertThat(invalid.getStatusCode().value()).isEqualTo(400);
        assertThat(invalid.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(invalid.getBody().get("errors").toString()).contains("field=measurement");

        ResponseEntity<Map> outOfScale = plans.post(Persona.ANNA_ADDICTION, "/api/plans/citizens/{c}/sub-goals",
                Plans.subGoal(goal, "Have det bedre", scale(3, 11)), citizen);
        assertThat(outOfScale.getStatusCode().value()).isEqualTo(422);
        assertThat(outOfScale.getBody()).containsEntry("rule", "plan.measurement-out-of-range");
        assertThat(outOfScale.getBody().get("errors").toString()).contains("field=measurement.target");

        ResponseEntity<Map> malformed = plans.as(Persona.SOFIE_SOCIAL).put()
                .uri("/api/plans/citizens/{c}/follow-up-frequency", citizen)
                .contentType(MediaType.APPLICATION_JSON).body("{\"months\": \"quarterly\"}")
                .retrieve().toEntity(Map.class);
        assertThat(malformed.getStatusCode().value()).isEqualTo(400);
        assertThat(malformed.getBody().get("errors").toString()).contains("field=months");
        ResponseEntity<Map> beyondTheLaw = plans.put(Persona.SOFIE_SOCIAL,
                "/api/plans/citizens/{c}/follow-up-frequency", Map.of("months", 13), citizen);
        assertThat(beyondTheLaw.getStatusCode().value()).isEqualTo(400);
        assertThat(beyondTheLaw.getBody().get("errors").toString()).contains("field=months");
    }

    @Test
    void aFollowUpRecordsReadingsAndTheProgressShowsAtAGlance() {
        UUID beer = plans.addSubGoal(Persona.ANNA_ADDICTION, citizen, goal, "Drikke 8 øl om dagen i stedet for 12",
                beers());
        UUID job = plans.addSubGoal(Persona.JONAS_JOB, citizen, goal, "Møde op i praktik", scale(3, 7));
        assertThat(plans.post(Persona.JONAS_JOB, "/api/plans/citizens/{c}/sub-goals/{s}/achieve",
                Map.of("version", 1), citizen, job).getStatusCode().value()).isEqualTo(200);
        TestEvents.consentGiven(citizen, List.of("social-services", "addiction-centre", "jobcenter"),
                List.of("plan"));
        long version = versionOf(citizen);
        await().atMost(WAIT).untilAsserted(() -> assertThat(subGoals(plans.plan(Persona.SOFIE_SOCIAL, citizen,
                version))).hasSize(2));

        ResponseEntity<Map> recorded = plans.post(Persona.SOFIE_SOCIAL, "/api/plans/citizens/{c}/follow-ups",
                followUp(DanishTime.today(), List.of(Map.of("subGoalId", beer, "value", 10)), null), citizen);
        assertThat(recorded.getStatusCode().value()).as(String.valueOf(recorded.getBody())).isEqualTo(201);

        await().atMost(WAIT).untilAsserted(() -> {
            Map<String, Object> progress = plans.get(Persona.SOFIE_SOCIAL, "/api/plans/citizens/{c}/progress",
                    citizen).getBody();
            assertThat(progress).containsEntry("subGoals", 2).containsEntry("achieved", 1)
                    .containsEntry("shareAchieved", 0.5);
            Map<String, Object> beers = ((List<Map<String, Object>>) progress.get("progress")).stream()
                    .filter(p -> p.get("subGoalId").equals(beer.toString())).findFirst().orElseThrow();
            assertThat(beers).containsEntry("trend", "DOWN").containsEntry("improving", true)
                    .containsEntry("targetReached", false);
        });
        Map<String, Object> plan = plans.plan(Persona.SOFIE_SOCIAL, citizen, versionOf(citizen));
        assertThat((Map<String, Object>) plan.get("followUp"))
                .containsEntry("nextDueOn", DanishTime.today().plusMonths(3).toString())
                .containsEntry("lastHeldOn", DanishTime.today().toString());
        try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().bootstrapServers(), Topics.PLAN)) {
            var record = probe.await(r -> citizen.toString().equals(r.key())
                    && codec.decode(r.value()).is(FollowUpRecorded.TYPE), WAIT);
            FollowUpRecorded published = codec.decode(record.value()).payloadAs(FollowUpRecorded.TYPE);
            assertThat(published.nextDueOn()).isEqualTo(DanishTime.today().plusMonths(3));
            assertThat(published.citizenRating()).as("the citizen's own rating of the help").isEqualTo(4);
            assertThat(published.readings()).as("12 beers a day at the start, 10 now: better, and no value leaves")
                    .containsExactly(new FollowUpRecorded.SubGoalReading(beer, "improved"));
            assertThat(TopicProbe.text(record.value())).doesNotContain("Det går bedre").doesNotContain("Mette");
            var added = probe.await(r -> citizen.toString().equals(r.key())
                    && codec.decode(r.value()).is(SubGoalAdded.TYPE), WAIT);
            assertThat(TopicProbe.text(added.value())).as("no wording leaves plan-service")
                    .doesNotContain("øl").doesNotContain("praktik").doesNotContain("jurist");
        }
    }

    @Test
    void theChangeLogSaysWhoChangedWhatWhenAndWhy() {
        UUID job = plans.addSubGoal(Persona.JONAS_JOB, citizen, goal, "Møde op i praktik", scale(3, 7));
        assertThat(plans.post(Persona.JONAS_JOB, "/api/plans/citizens/{c}/sub-goals/{s}/drop",
                Map.of("version", 1, "reason", "Praktikstedet lukkede"), citizen, job).getStatusCode().value())
                .isEqualTo(200);

        Map<String, Object> log = plans.get(Persona.JONAS_JOB, "/api/plans/citizens/{c}/changes", citizen).getBody();

        List<Map<String, Object>> changes = (List<Map<String, Object>>) log.get("changes");
        assertThat(changes).extracting(c -> c.get("change")).containsExactly("PLAN_CREATED", "DREAM_CHANGED",
                "GOAL_ADDED", "SUB_GOAL_ADDED", "SUB_GOAL_DROPPED");
        assertThat(changes.get(0)).containsEntry("by", "system");
        assertThat(changes.get(1)).containsEntry("by", "sofie.social").containsEntry("summary", "Jeg vil være jurist");
        assertThat(changes.get(4)).containsEntry("by", "jonas.job").containsEntry("sector", "jobcenter")
                .containsEntry("reason", "Praktikstedet lukkede").containsKey("at");
    }

    @Test
    void theCitizensCopyIsAPdfInPlainDanishWithTheirOwnWords() throws Exception {
        plans.addSubGoal(Persona.ANNA_ADDICTION, citizen, goal, "Drikke 8 øl om dagen i stedet for 12", beers());
        TestEvents.consentGiven(citizen, List.of("social-services", "addiction-centre"), List.of("plan"));
        long version = versionOf(citizen);
        await().atMost(WAIT).untilAsserted(() -> assertThat(subGoals(plans.plan(Persona.SOFIE_SOCIAL, citizen,
                version))).hasSize(1));

        ResponseEntity<byte[]> response = plans.as(Persona.SOFIE_SOCIAL).get()
                .uri("/api/plans/citizens/{c}/citizen-copy", citizen).retrieve().toEntity(byte[].class);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        try (PDDocument pdf = Loader.loadPDF(response.getBody())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Din plan", "Din drøm", "Jeg vil være jurist", "Få styr på mit liv",
                    "Drikke 8 øl om dagen i stedet for 12", "Misbrugscentret", "Fra 12 til 8 øl om dagen",
                    "Næste gang");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Din plan");
        }
    }

    @Test
    void adjustingAchievingAndDroppingSubGoalsGoOutOnKafkaWithTheirVersionsAndNoWording() {
        UUID beer = plans.addSubGoal(Persona.ANNA_ADDICTION, citizen, goal, "Drikke 8 øl om dagen i stedet for 12",
                beers());
        UUID job = plans.addSubGoal(Persona.JONAS_JOB, citizen, goal, "Møde op i praktik to dage om ugen",
                scale(3, 7));
        assertThat(plans.put(Persona.ANNA_ADDICTION, "/api/plans/citizens/{c}/sub-goals/{s}",
                change(1, "Drikke 10 øl om dagen i stedet for 12", beers(), "Mindre skridt ad gangen"), citizen, beer)
                .getStatusCode().value()).isEqualTo(200);
        ResponseEntity<Map> achieved = plans.post(Persona.ANNA_ADDICTION,
                "/api/plans/citizens/{c}/sub-goals/{s}/achieve",
                Map.of("version", 2, "note", "Mette klarede det før tid"), citizen, beer);
        assertThat(achieved.getStatusCode().value()).as(String.valueOf(achieved.getBody())).isEqualTo(200);
        assertThat(achieved.getBody()).containsEntry("version", 3);
        assertThat(plans.post(Persona.JONAS_JOB, "/api/plans/citizens/{c}/sub-goals/{s}/drop",
                Map.of("version", 1, "reason", "Praktikstedet lukkede"), citizen, job).getStatusCode().value())
                .isEqualTo(200);

        try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().bootstrapServers(), Topics.PLAN)) {
            var changedRecord = probe.await(r -> citizen.toString().equals(r.key())
                    && codec.decode(r.value()).is(SubGoalChanged.TYPE), WAIT);
            SubGoalChanged changed = codec.decode(changedRecord.value()).payloadAs(SubGoalChanged.TYPE);
            assertThat(changed.subGoalId()).isEqualTo(beer);
            assertThat(changed.planId()).isEqualTo(PlanIds.planIdOf(citizen));
            assertThat(changed.owningSector()).isEqualTo("addiction-centre");
            assertThat(changed.status()).isEqualTo("adjusted");
            assertThat(changed.lifeArea()).isEqualTo("health");
            assertThat(changed.version()).isEqualTo(2);
            assertThat(changed.changedOn()).isEqualTo(DanishTime.today());

            var achievedRecord = probe.await(r -> citizen.toString().equals(r.key())
                    && codec.decode(r.value()).is(SubGoalAchieved.TYPE), WAIT);
            SubGoalAchieved published = codec.decode(achievedRecord.value()).payloadAs(SubGoalAchieved.TYPE);
            assertThat(published.subGoalId()).isEqualTo(beer);
            assertThat(published.status()).isEqualTo("achieved");
            assertThat(published.achievedOn()).isEqualTo(DanishTime.today());
            assertThat(published.version()).isEqualTo(3);

            var droppedRecord = probe.await(r -> citizen.toString().equals(r.key())
                    && codec.decode(r.value()).is(SubGoalDropped.TYPE), WAIT);
            SubGoalDropped dropped = codec.decode(droppedRecord.value()).payloadAs(SubGoalDropped.TYPE);
            assertThat(dropped.subGoalId()).isEqualTo(job);
            assertThat(dropped.owningSector()).isEqualTo("jobcenter");
            assertThat(dropped.status()).isEqualTo("dropped");
            assertThat(dropped.droppedOn()).isEqualTo(DanishTime.today());
            assertThat(dropped.version()).isEqualTo(2);

            assertThat(List.of(changedRecord, achievedRecord, droppedRecord))
                    .as("reasons, notes and wording stay in plan-service")
                    .allSatisfy(r -> assertThat(TopicProbe.text(r.value())).doesNotContain("øl")
                            .doesNotContain("skridt").doesNotContain("Mette").doesNotContain("Praktikstedet")
                            .doesNotContain("praktik"));
        }
    }

    @Test
    void theHelpGivenIsAddedLinkedToTheSubGoalsItServesEndedAndShownInTheCitizensCopy() throws Exception {
        UUID beer = plans.addSubGoal(Persona.ANNA_ADDICTION, citizen, goal, "Drikke 8 øl om dagen", beers());
        UUID sleep = plans.addSubGoal(Persona.ANNA_ADDICTION, citizen, goal, "Sove uden at drikke først",
                scale(2, 6));
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "GROUP_COURSE");
        body.put("title", "Gruppeforløb: Trang og vaner");
        body.put("provider", "Misbrugscenter Holstebro");
        body.put("startsOn", DanishTime.today().toString());
        body.put("endsOn", DanishTime.today().plusMonths(3).toString());
        body.put("subGoalIds", List.of(beer, sleep));

        List<ResponseEntity<Map>> attempts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            attempts.add(plans.as(Persona.ANNA_ADDICTION).post().uri("/api/plans/citizens/{c}/activities", citizen)
                    .header("Idempotency-Key", "gruppeforloeb-1").contentType(MediaType.APPLICATION_JSON).body(body)
                    .retrieve().toEntity(Map.class));
        }
        assertThat(attempts).allSatisfy(a -> assertThat(a.getStatusCode().value()).as(String.valueOf(a.getBody()))
                .isEqualTo(201));
        String activity = (String) attempts.get(0).getBody().get("activityId");
        assertThat(attempts.get(1).getBody()).as("a retry names the same help").containsEntry("activityId", activity);
        assertThat(attempts.get(0).getHeaders().getLocation()).hasToString(
                "/api/plans/citizens/" + citizen + "/activities/" + activity);

        Map<String, Object> plan = plans.plan(Persona.ANNA_ADDICTION, citizen, versionOf(citizen));
        assertThat(activities(plan)).singleElement().satisfies(a -> {
            assertThat(a).containsEntry("activityId", activity).containsEntry("kind", "GROUP_COURSE")
                    .containsEntry("sector", "addiction-centre");
            assertThat(a.get("endedOn")).isNull();
            assertThat((List<String>) a.get("subGoalIds")).containsExactly(beer.toString(), sleep.toString());
        });

        assertThat(plans.post(Persona.JONAS_JOB, "/api/plans/citizens/{c}/activities/{a}/end",
                Map.of("reason", "Ikke min"), citizen, activity).getStatusCode().value())
                .as("another sector does not even see it").isEqualTo(404);
        Map<String, Object> tooEarly = plans.post(Persona.ANNA_ADDICTION,
                "/api/plans/citizens/{c}/activities/{a}/end",
                Map.of("endedOn", DanishTime.today().minusDays(1).toString()), citizen, activity).getBody();
        assertThat(tooEarly).containsEntry("rule", "plan.activity-ends-before-start");
        ResponseEntity<Map> ended = plans.post(Persona.ANNA_ADDICTION, "/api/plans/citizens/{c}/activities/{a}/end",
                Map.of("endedOn", DanishTime.today().toString(), "reason", "Forløbet er slut"), citizen, activity);
        assertThat(ended.getStatusCode().value()).as(String.valueOf(ended.getBody())).isEqualTo(204);
        ResponseEntity<Map> again = plans.post(Persona.ANNA_ADDICTION, "/api/plans/citizens/{c}/activities/{a}/end",
                Map.of("reason", "Igen"), citizen, activity);
        assertThat(again.getStatusCode().value()).isEqualTo(422);
        assertThat(again.getBody()).containsEntry("rule", "plan.activity-ended");

        long version = versionOf(citizen);
        await().atMost(WAIT).untilAsserted(() -> assertThat(activities(plans.plan(Persona.ANNA_ADDICTION, citizen,
                version))).singleElement().satisfies(a -> assertThat(a)
                .containsEntry("endedOn", DanishTime.today().toString())));

        ResponseEntity<byte[]> copy = plans.as(Persona.ANNA_ADDICTION).get()
                .uri("/api/plans/citizens/{c}/citizen-copy", citizen).retrieve().toEntity(byte[].class);
        assertThat(copy.getStatusCode().value()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(copy.getBody())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Den hjælp du får", "Gruppeforløb: Trang og vaner (gruppeforløb)",
                    "Fra Misbrugscentret, Misbrugscenter Holstebro", "Hjælper dig med: Drikke 8 øl om dagen",
                    "Sove uden at drikke først");
            assertThat(text).doesNotContain("Der er ikke skrevet nogen hjælp ind i planen endnu");
        }
    }

    @Test
    void helpServesOnlyOpenSubGoalsOfThePlan() {
        UUID job = plans.addSubGoal(Persona.JONAS_JOB, citizen, goal, "Møde op i praktik", scale(3, 7));
        assertThat(plans.post(Persona.JONAS_JOB, "/api/plans/citizens/{c}/sub-goals/{s}/drop",
                Map.of("version", 1, "reason", "Praktikstedet lukkede"), citizen, job).getStatusCode().value())
                .isEqualTo(200);
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "INDIVIDUAL_SUPPORT");
        body.put("title", "Mentor");
        body.put("startsOn", DanishTime.today().toString());
        body.put("subGoalIds", List.of(job));

        ResponseEntity<Map> closed = plans.post(Persona.JONAS_JOB, "/api/plans/citizens/{c}/activities", body,
                citizen);
        assertThat(closed.getStatusCode().value()).isEqualTo(422);
        assertThat(closed.getBody()).containsEntry("rule", "plan.sub-goal-closed");
        assertThat(closed.getBody().get("errors").toString()).contains("field=subGoalIds");

        body.put("subGoalIds", List.of());
        ResponseEntity<Map> none = plans.post(Persona.JONAS_JOB, "/api/plans/citizens/{c}/activities", body,
                citizen);
        assertThat(none.getStatusCode().value()).isEqualTo(400);
        assertThat(none.getBody().get("errors").toString()).contains("field=subGoalIds");
    }

    @Test
    void aFollowUpCannotRecordAReadingOfASubGoalTheCallerMayNotSee() {
        UUID beer = plans.addSubGoal(Persona.ANNA_ADDICTION, citizen, goal, "Drikke 8 øl om dagen", beers());

        ResponseEntity<Map> response = plans.post(Persona.SOFIE_SOCIAL, "/api/plans/citizens/{c}/follow-ups",
                followUp(DanishTime.today(), List.of(Map.of("subGoalId", beer, "value", 10)), null), citizen);

        assertThat(response.getStatusCode().value()).as("without consent the sub-goal is unknown to her")
                .isEqualTo(422);
        assertThat(response.getBody()).containsEntry("rule", "plan.unknown-sub-goal");
        assertThat(response.getBody().get("errors").toString()).contains("field=readings[0].subGoalId");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM domain_event_entry
                        WHERE aggregate_identifier = ? AND payload_type LIKE '%FollowUpRecordedEvent'""")
                .param(PlanIds.planIdOf(citizen).toString()).query(Long.class).single()).isZero();
    }

    @Test
    void aSubGoalNeedsASectorToOwnIt() {
        Persona noSector = new Persona("sofie.social", "Sofie Sørensen", List.of("caseworker", "coordinator"), null,
                "holstebro", "voksen-holstebro");

        ResponseEntity<Map> response = plans.post(noSector, "/api/plans/citizens/{c}/sub-goals",
                Plans.subGoal(goal, "Sove i egen seng", scale(2, 5)), citizen);

        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat(response.getBody()).containsEntry("rule", "plan.owning-sector-required");
        assertThat(response.getBody().get("errors").toString()).contains("field=owningSector");
    }

    @Test
    void aPlanIsCreatedOnlyBySomeoneActingForAnOrganisation() {
        UUID newcomer = UUID.randomUUID();
        TestEvents.coordinatorDesignated(newcomer, Persona.SOFIE_SOCIAL);
        await().atMost(WAIT).until(() -> jdbc.sql("SELECT count(*) FROM access_coordinator WHERE citizen_id = ?")
                .param(newcomer).query(Long.class).single() == 1);
        Persona noOrganisation = new Persona("sofie.social", "Sofie Sørensen", List.of("caseworker", "coordinator"),
                "social-services", null, "voksen-holstebro");

        ResponseEntity<Map> response = plans.post(noOrganisation, "/api/plans/citizens/{c}", Map.of(), newcomer);

        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat(response.getBody()).containsEntry("rule", "plan.actor-without-organisation");
        assertThat(plans.get(Persona.SOFIE_SOCIAL, "/api/plans/citizens/{c}", newcomer).getStatusCode().value())
                .as("no plan was made").isEqualTo(404);
    }

    private long versionOf(UUID citizen) {
        return jdbc.sql("SELECT max(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(PlanIds.planIdOf(citizen).toString()).query(Long.class).single();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> activities(Map<String, Object> plan) {
        return (List<Map<String, Object>>) plan.get("activities");
    }

    private static Map<String, Object> change(long version, String description, Map<String, Object> measurement,
                                              String reason) {
        Map<String, Object> body = new HashMap<>(Plans.subGoal(null, description, measurement));
        body.remove("goalId");
        body.put("version", version);
        body.put("reason", reason);
        return body;
    }

    private static Map<String, Object> followUp(LocalDate heldOn, List<Map<String, Object>> readings,
                                                LocalDate nextDueOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("heldOn", heldOn.toString());
        body.put("participants", List.of(Map.of("name", "Mette", "role", "borger"),
                Map.of("name", "Sofie Sørensen", "role", "social-services")));
        body.put("readings", readings);
        body.put("citizenRating", 4);
        body.put("citizenComment", "Det går bedre");
        if (nextDueOn != null) {
            body.put("nextDueOn", nextDueOn.toString());
        }
        return body;
    }

    private static List<ResponseEntity<Map>> concurrently(List<Supplier<ResponseEntity<Map>>> calls)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ResponseEntity<Map>>> futures = new ArrayList<>();
            for (Supplier<ResponseEntity<Map>> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.get();
                }));
            }
            start.countDown();
            List<ResponseEntity<Map>> results = new ArrayList<>();
            for (Future<ResponseEntity<Map>> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
