package dk.tvaers.insight;

import dk.tvaers.contracts.Topics;
import dk.tvaers.insight.facts.query.FactsProjection;
import dk.tvaers.platform.messaging.MessagingAutoConfiguration;
import dk.tvaers.platform.observability.ProjectionReplay;
import dk.tvaers.testsupport.Persona;
import dk.tvaers.testsupport.ServiceIntegrationTest;
import dk.tvaers.testsupport.TestApi;
import dk.tvaers.testsupport.TestEvents;
import dk.tvaers.testsupport.TestInfrastructure;
import dk.tvaers.testsupport.TopicProbe;
import org.apache.kafka.clients.producer.ProducerRecord;
import dk.tvaers.insight.facts.api.CaseloadRecordedEvent;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The figures computed from other services' events on the real broker and database, against results worked
 * out by hand below. The citizens are those of {@link Scenario#publish()}: c1–c7 with plans, c8–c13 in
 * temporary housing (§107), c14 placed externally.
 */
@ServiceIntegrationTest(properties = "spring.config.name=insight-service")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings("unchecked")
class InsightFiguresIT {

    static final Duration WAIT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    EventGateway events;

    @Autowired
    PlatformTransactionManager transactionManager;

    Scenario scenario;

    @BeforeAll
    void publishTheScenario() {
        scenario = new Scenario(kafka);
        scenario.publish();
        List<UUID> sent = scenario.sent();
        await().atMost(WAIT).until(() -> jdbc.sql("SELECT count(*) FROM inbox_message WHERE event_id IN (:ids)")
                .param("ids", sent).query(Long.class).single() == sent.size());
    }

    Map<String, Object> figure(Persona persona, String id, String query) {
        var response = TestApi.as(persona, port).get().uri("/api/insight/figures/" + id + "?" + query)
                .retrieve().toEntity(Map.class);
        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(200);
        return response.getBody();
    }

    List<Map<String, Object>> rows(String id, String query) {
        return (List<Map<String, Object>>) figure(scenario.management, id, query).get("rows");
    }

    static Map<String, Object> row(List<Map<String, Object>> rows, String period, String group) {
        return rows.stream().filter(r -> period.equals(r.get("period")) && Objects.equals(group, r.get("group")))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + period + " " + group + " in " + rows));
    }

    static Map<String, Object> values(Map<String, Object> row) {
        return (Map<String, Object>) row.get("values");
    }

    @Test
    void followUpsPerCitizenAgainstThePlansFrequency() {
        // 2025: c1–c5 quarterly all year: 4 each = 20; c6 quarterly to 06-30 (181 × 4 / 365 = 1.9836) then yearly
        // (184 / 365 = 0.5041); c7 yearly from 07-01 (0.5041): expected 22.9918, per citizen 22.9918 / 7 = 3.28.
        // Held 4+4+3+3+2+1+1 = 18: 18 / 7 = 2.57 per citizen, 18 / 22.9918 = 78.3 % of the plans' frequency.
        // Two follow-ups became overdue. 2024: no plans yet, so nothing to show (withheld, not 0).
        await().atMost(WAIT).untilAsserted(() -> {
            List<Map<String, Object>> rows = rows("follow-ups", "from=2024&to=2025");
            Map<String, Object> y2025 = row(rows, "2025", null);
            assertThat(y2025).containsEntry("citizens", 7);
            assertThat(values(y2025)).containsEntry("held", 18).containsEntry("heldPerCitizen", 2.57)
                    .containsEntry("expectedPerCitizen", 3.28).containsEntry("shareOfExpected", 78.3)
                    .containsEntry("overdue", 2);
            Map<String, Object> y2024 = row(rows, "2024", null);
            assertThat(y2024.get("citizens")).isNull();
            assertThat(values(y2024).values()).containsOnlyNulls();
            assertThat((List<String>) y2024.get("suppressedValues")).contains("heldPerCitizen");
        });
    }

    @Test
    void subGoalsReachedProgressionAndTheCitizensOwnRating() {
        // sub-goals 2025: 10 set by c1–c5, 6 achieved and 2 dropped: 6 / 8 = 75.0 %
        // readings 2025 (c5's first has nothing to compare with): improved 5, unchanged 2, worsened 1: 62.5 %
        // ratings 2025: 4,5,3,4,5,2,4 from c1,c1,c2,c3,c4,c5,c7 (6 citizens): 27 / 7 = 3.86; 4 or 5: 5 / 7 = 71.4 %
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(values(row(rows("sub-goals", "from=2025&to=2025"), "2025", null)))
                    .containsEntry("set", 10).containsEntry("achieved", 6).containsEntry("dropped", 2)
                    .containsEntry("shareAchieved", 75.0);
            assertThat(values(row(rows("progression", "from=2025&to=2025"), "2025", null)))
                    .containsEntry("improved", 5).containsEntry("unchanged", 2).containsEntry("worsened", 1)
                    .containsEntry("shareImproved", 62.5);
            Map<String, Object> ratings = row(rows("ratings", "from=2025&to=2025"), "2025", null);
            assertThat(ratings).containsEntry("citizens", 6);
            assertThat(values(ratings)).containsEntry("ratings", 7).containsEntry("averageRating", 3.86)
                    .containsEntry("shareSatisfied", 71.4);
        });
    }

    @Test
    void ratingsOfAQuarterWithFewerThanFiveCitizensAreWithheld() {
        // 2025 K2: only c1 rated (5): one citizen. K4: c7 alone. K1: c1,c2,c3,c4,c5: five citizens, 4+3+4+5+2 = 3.60
        await().atMost(WAIT).untilAsserted(() -> {
            List<Map<String, Object>> rows = rows("ratings", "period=quarter&from=2025&to=2025");
            assertThat(values(row(rows, "2025 K1", null))).containsEntry("averageRating", 3.6);
            assertThat((List<String>) row(rows, "2025 K2", null).get("suppressedValues"))
                    .containsExactly("ratings", "averageRating", "shareSatisfied");
            assertThat(values(row(rows, "2025 K2", null)).get("averageRating")).isNull();
        });
    }

    @Test
    void oneCoordinatorAndTheMeetingsHeld() {
        // at 2025-12-31 c1–c4 have a coordinator (c5's left): 4 of 7 = 57.1 %; 2 meetings held (one cancelled):
        // 2 / 7 = 0.29 per citizen
        await().atMost(WAIT).untilAsserted(() -> assertThat(values(row(rows("coordination", "from=2025&to=2025"),
                "2025", null))).containsEntry("withCoordinator", 4).containsEntry("shareWithCoordinator", 57.1)
                .containsEntry("meetings", 2).containsEntry("meetingsPerCitizen", 0.29));
    }

    @Test
    void caseloadsPerTeamAgainstTheRecommendationOverTime() {
        // end of 2025: Voksenteamet a 55, b 45 (recommended 50): 50.0, one above, 100.0 %;
        // Jobindsats c 30 (35): 85.7 %; all: 130 / 3 = 43.3 against (50 + 50 + 35) / 3 = 45.0, 130 / 135 = 96.3 %.
        // End of 2025 K1: a 48, b 40, c 30: Voksenteamet 44.0, no one above.
        await().atMost(WAIT).untilAsserted(() -> {
            List<Map<String, Object>> rows = rows("caseloads", "from=2025&to=2025");
            Map<String, Object> voksen = row(rows, "2025", "voksen-" + scenario.organisation);
            assertThat(voksen).containsEntry("groupLabel", "Voksenteamet");
            assertThat(values(voksen)).containsEntry("caseworkers", 2).containsEntry("averageCaseload", 50.0)
                    .containsEntry("recommendedCaseload", 50.0).containsEntry("aboveRecommendation", 1)
                    .containsEntry("loadOfRecommendation", 100.0);
            assertThat(values(row(rows, "2025", "job-" + scenario.organisation)))
                    .containsEntry("averageCaseload", 30.0).containsEntry("loadOfRecommendation", 85.7);
            assertThat(values(row(rows, "2025", null))).containsEntry("caseworkers", 3)
                    .containsEntry("averageCaseload", 43.3).containsEntry("recommendedCaseload", 45.0)
                    .containsEntry("loadOfRecommendation", 96.3);
            assertThat(values(row(rows("caseloads", "period=quarter&from=2025&to=2025"), "2025 K1",
                    "voksen-" + scenario.organisation))).containsEntry("averageCaseload", 44.0)
                    .containsEntry("aboveRecommendation", 0);
        });
    }

    @Test
    void grantedHoursTimesOfferPricesPerPeriod() {
        // 2025: c1–c5 5 h/week all year at 400 an hour: 5 × 5 × 365 / 7 = 1,303.57 h, 521,428.57 kr.
        //       §107 at 1,500 a day, 1 h/week: c8 181 days, c9 181, c10 365, c11 90, c12 183 (ended 09-30),
        //       c13 92 = 1,092 days: 156.0 h, 1,638,000 kr.; c14 2 h/week unpriced: 104.29 h
        //       hours 1,563.86 → 1,563.9; cost 2,159,428.57 → 2,159,429; 12 citizens: 179,952 each
        // 2024: only c8, c9, c11 (three citizens): withheld
        await().atMost(WAIT).untilAsserted(() -> {
            List<Map<String, Object>> rows = rows("grant-costs", "from=2024&to=2025");
            Map<String, Object> y2025 = row(rows, "2025", null);
            assertThat(y2025).containsEntry("citizens", 12);
            assertThat(values(y2025)).containsEntry("grantedHours", 1563.9).containsEntry("cost", 2159429)
                    .containsEntry("unpricedHours", 104.3).containsEntry("costPerCitizen", 179952);
            assertThat(values(row(rows, "2024", null)).values()).containsOnlyNulls();
        });
    }

    @Test
    void timeInTemporaryHousingAndExternalPlacements() {
        // 2025 §107: 6 citizens (c8–c13), 1,092 place-days = 2.99 place-years, 1,638,000 kr.;
        //   ended in 2025: c8 731 days, c9 365, c10 365, c11 456 (two grants, one stay), c12 183 = 2,100 / 5 =
        //   420 days = 1.15 years; begun in 2025: c10, c12, c13 = three citizens: withheld.
        // §108: nobody; external placements: c14 alone: withheld.
        await().atMost(WAIT).untilAsserted(() -> {
            List<Map<String, Object>> rows = rows("housing", "from=2025&to=2025");
            Map<String, Object> temporary = row(rows, "2025", "temporary");
            assertThat(temporary).containsEntry("citizens", 6)
                    .containsEntry("groupLabel", "Midlertidigt botilbud (§107)");
            assertThat(values(temporary)).containsEntry("placeYears", 2.99).containsEntry("endedStays", 5)
                    .containsEntry("averageStayYears", 1.15).containsEntry("cost", 1638000)
                    .containsEntry("begunStays", null);
            assertThat((List<String>) temporary.get("suppressedValues")).containsExactly("begunStays");
            assertThat(values(row(rows, "2025", "external")).values()).containsOnlyNulls();
            assertThat(values(row(rows, "2025", "long-term")).values()).containsOnlyNulls();
        });
    }

    @Test
    void doublePaymentsFoundAndCostPerCitizenPerSector() {
        // the §107 offer bills "Ledsagelse til læge" twice: 1 offer, 1 item; in 2025 c8–c13 on it: 6 citizens,
        //   1,638,000 kr.; in 2024 c8, c9, c11: the citizens and cost are withheld, the offer count is not.
        // cost per sector 2025: social services 13 citizens (cases c1–c7, grants c1–c5 and c8–c13),
        //   2,159,428.57 / 13 = 166,110; psychiatry has c14 alone, withheld, and so is the jobcenter (c1–c5), the
        //   smallest other sector, so psychiatry cannot be worked out from the total.
        await().atMost(WAIT).untilAsserted(() -> {
            List<Map<String, Object>> duplicates = rows("duplicate-payments", "from=2024&to=2025");
            assertThat(values(row(duplicates, "2025", null))).containsEntry("flaggedOffers", 1)
                    .containsEntry("flaggedItems", 1).containsEntry("citizensOnFlaggedOffers", 6)
                    .containsEntry("costOnFlaggedOffers", 1638000);
            assertThat(values(row(duplicates, "2024", null))).containsEntry("flaggedOffers", 1)
                    .containsEntry("citizensOnFlaggedOffers", null).containsEntry("costOnFlaggedOffers", null);
            List<Map<String, Object>> sectors = rows("cost-per-sector", "from=2025&to=2025");
            Map<String, Object> social = row(sectors, "2025", "social-services");
            assertThat(social).containsEntry("citizens", 13).containsEntry("groupLabel", "Socialområdet");
            assertThat(values(social)).containsEntry("cost", 2159429).containsEntry("costPerCitizen", 166110);
            assertThat(values(row(sectors, "2025", "psychiatry")).values()).containsOnlyNulls();
            assertThat(values(row(sectors, "2025", "jobcenter")).values()).containsOnlyNulls();
        });
    }

    @Test
    void citizensLeavingPublicBenefits() {
        // 2025: c1–c6 on kontanthjælp from 2024; c1 leaves 06-01 (151 days on in 2025), c2 07-01 (181), c3 08-01
        // (212); c4 moves to ressourceforløbsydelse (still on, 365); c5, c6 365: on at the end 3, left 3,
        // 151 + 181 + 212 + 3 × 365 = 1,639 days = 4.49 benefit-years.
        // 2024: all six on all year: 6 × 366 = 2,196 days = 6.02 benefit-years, nobody left.
        await().atMost(WAIT).untilAsserted(() -> {
            List<Map<String, Object>> rows = rows("benefits", "from=2024&to=2025");
            Map<String, Object> y2025 = row(rows, "2025", null);
            assertThat(y2025).containsEntry("citizens", 6);
            assertThat(values(y2025)).containsEntry("onBenefitAtEnd", 3).containsEntry("leftBenefits", 3)
                    .containsEntry("benefitYears", 4.49);
            assertThat(values(row(rows, "2024", null))).containsEntry("onBenefitAtEnd", 6)
                    .containsEntry("leftBenefits", 0).containsEntry("benefitYears", 6.02);
        });
    }

    @Test
    void theCohortBeforeAChangeAgainstTheCohortAfter() {
        // before 2025-06-01: c1–c6; sub-goals 6 of 8 reached = 75.0 %; readings 5 of 8 better = 62.5 %;
        // ratings 4,5,3,4,5,2 = 23 / 6 = 3.83. After: c7 alone, withheld.
        await().atMost(WAIT).untilAsserted(() -> {
            List<Map<String, Object>> rows = rows("cohorts", "changeOn=2025-06-01");
            Map<String, Object> before = row(rows, "hele perioden", "before");
            assertThat(before).containsEntry("citizens", 6);
            assertThat(values(before)).containsEntry("shareAchieved", 75.0).containsEntry("shareImproved", 62.5)
                    .containsEntry("averageRating", 3.83);
            assertThat(values(row(rows, "hele perioden", "after")).values()).containsOnlyNulls();
        });
    }

    @Test
    void noResponseNamesACitizen() {
        await().atMost(WAIT).untilAsserted(() -> assertThat(values(row(rows("follow-ups", "from=2025&to=2025"),
                "2025", null))).containsEntry("held", 18));
        RestClient api = TestApi.as(scenario.management, port);
        StringBuilder everything = new StringBuilder();
        for (String id : List.of("follow-ups", "sub-goals", "progression", "ratings", "coordination", "cohorts",
                "caseloads", "grant-costs", "housing", "duplicate-payments", "cost-per-sector", "benefits")) {
            everything.append(api.get().uri("/api/insight/figures/" + id + "?from=2024&to=2025").retrieve()
                    .body(String.class));
            everything.append(api.get().uri("/api/insight/figures/" + id + ".csv?from=2024&to=2025").retrieve()
                    .body(String.class));
        }
        everything.append(api.get().uri("/api/insight/baseline?year=2025").retrieve().body(String.class));
        for (UUID citizen : scenario.citizens) {
            assertThat(everything.toString()).doesNotContain(citizen.toString());
        }
        assertThat(everything.toString()).as("no caseworker is named either")
                .doesNotContain("a-" + scenario.organisation);
    }

    @Test
    void replayingTheFactsRebuildsTheSameFigures() {
        await().atMost(WAIT).untilAsserted(() -> assertThat(values(row(rows("grant-costs", "from=2025&to=2025"),
                "2025", null))).containsEntry("cost", 2159429));
        Map<String, Object> before = figure(scenario.management, "housing", "from=2024&to=2025");

        ProjectionReplay.replay(processing, FactsProjection.GROUP);

        await().atMost(WAIT).untilAsserted(() -> assertThat(figure(scenario.management, "housing",
                "from=2024&to=2025")).isEqualTo(before));
        await().atMost(WAIT).untilAsserted(() -> assertThat(values(row(rows("grant-costs", "from=2025&to=2025"),
                "2025", null))).containsEntry("cost", 2159429));
    }

    @Test
    void anErasedCitizenIsForgottenAndTheFigureFallsBelowFive() {
        Scenario small = new Scenario(kafka);
        for (int i = 1; i <= 5; i++) {
            small.plan(small.c(i), "2025-01-01", 3);
            small.followUp(small.c(i), "2025-05-01", 4);
        }
        await().atMost(WAIT).untilAsserted(() -> assertThat(values(row((List<Map<String, Object>>) figure(
                small.management, "ratings", "from=2025&to=2025").get("rows"), "2025", null)))
                .containsEntry("ratings", 5).containsEntry("averageRating", 4.0));

        TestEvents.citizenErased(small.c(1));

        await().atMost(WAIT).untilAsserted(() -> {
            Map<String, Object> ratings = row((List<Map<String, Object>>) figure(small.management, "ratings",
                    "from=2025&to=2025").get("rows"), "2025", null);
            assertThat(values(ratings).values()).as("four citizens left: withheld").containsOnlyNulls();
            assertThat(jdbc.sql("SELECT count(*) FROM plan_fact WHERE citizen_id = ?").param(small.c(1))
                    .query(Long.class).single()).isZero();
        });
    }

    @Test
    void aMessageThatCannotBeReadGoesToTheDeadLetterTopicAndTheNextIsApplied() {
        Scenario other = new Scenario(kafka);
        String key = other.c(1).toString();
        kafka.send(new ProducerRecord<>(Topics.PLAN, key, "{\"type\": \"plan.PlanCreated\", oops"
                .getBytes(StandardCharsets.UTF_8)));
        other.plan(other.c(1), "2025-01-01", 3);

        await().atMost(WAIT).until(() -> jdbc.sql("SELECT count(*) FROM plan_fact WHERE citizen_id = ?")
                .param(other.c(1)).query(Long.class).single() == 1);
        try (TopicProbe deadLetters = new TopicProbe(TestInfrastructure.kafka().bootstrapServers(),
                Topics.deadLetterOf(Topics.PLAN))) {
            var dead = deadLetters.await(r -> key.equals(r.key()), WAIT);
            assertThat(TopicProbe.header(dead, MessagingAutoConfiguration.DEAD_LETTER_REASON_HEADER))
                    .startsWith("not valid JSON");
        }
    }

    @Test
    void aFactThatCommitsAfterALaterOneIsKeptToo() throws Exception {
        // the late fact fills a gap below a fact already projected: both keep their own place in the store
        String organisation = "late-" + UUID.randomUUID().toString().substring(0, 8);
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> late = CompletableFuture.runAsync(() -> new TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> {
                    events.publish(new CaseloadRecordedEvent(organisation, "late", "team", 10, 20,
                            LocalDate.of(2025, 1, 1)));
                    appended.countDown();
                    try {
                        release.await(5, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        assertThat(appended.await(5, TimeUnit.SECONDS)).isTrue();
        events.publish(new CaseloadRecordedEvent(organisation, "early", "team", 12, 20, LocalDate.of(2025, 1, 1)));
        await().atMost(WAIT).until(() -> caseworkersOf(organisation).contains("early"));

        release.countDown();
        late.get(10, TimeUnit.SECONDS);

        await().atMost(WAIT).until(() -> caseworkersOf(organisation).containsAll(List.of("early", "late")));
    }

    private List<String> caseworkersOf(String organisation) {
        return jdbc.sql("SELECT caseworker_id FROM caseload_change WHERE organisation = ?").param(organisation)
                .query(String.class).list();
    }

    @Test
    void eachOrganisationSeesOnlyItsOwnFigures() {
        await().atMost(WAIT).untilAsserted(() -> assertThat(values(row(rows("follow-ups", "from=2025&to=2025"),
                "2025", null))).containsEntry("held", 18));
        Persona egedal = new Persona("erik.chef", "Erik", List.of("management"), null, "egedal-" + UUID.randomUUID()
                .toString().substring(0, 4), null);

        Map<String, Object> theirs = row((List<Map<String, Object>>) figure(egedal, "follow-ups", "from=2025&to=2025")
                .get("rows"), "2025", null);

        assertThat(values(theirs).values()).containsOnlyNulls();
    }
}
