package dk.tvaers.insight;

import dk.tvaers.insight.calculator.InvestmentCalculatorTestData;
import dk.tvaers.insight.calculator.api.Assumptions;
import dk.tvaers.testsupport.Persona;
import dk.tvaers.testsupport.ServiceIntegrationTest;
import dk.tvaers.testsupport.TestApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.client.RestClient;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

/**
 * Who may see the insight, the figures as CSV and charts, and the investment calculator on the platform's own
 * baseline, over HTTP on the real database and broker.
 */
@ServiceIntegrationTest(properties = "spring.config.name=insight-service")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings("unchecked")
class InsightApiIT {

    static final Duration WAIT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    JdbcClient jdbc;

    Scenario scenario;

    @BeforeAll
    void publishTheScenario() {
        scenario = new Scenario(kafka);
        scenario.publish();
        List<UUID> sent = scenario.sent();
        await().atMost(WAIT).until(() -> jdbc.sql("SELECT count(*) FROM inbox_message WHERE event_id IN (:ids)")
                .param("ids", sent).query(Long.class).single() == sent.size());
        await().atMost(WAIT).until(() -> jdbc.sql("SELECT count(*) FROM grant_fact WHERE organisation = ?")
                .param(scenario.organisation).query(Long.class).single() == 13);
    }

    RestClient as(Persona persona) {
        return TestApi.as(persona, port);
    }

    @Test
    void caseworkersAndOthersMayNotSeeTheInsight() {
        for (Persona persona : List.of(Persona.SOFIE_SOCIAL, Persona.JONAS_JOB, Persona.DORTE_DPO,
                Persona.BOSTED_PARTNER, Persona.JOBCENTER_SYSTEM)) {
            for (String uri : List.of("/api/insight/figures", "/api/insight/figures/follow-ups",
                    "/api/insight/figures/follow-ups.csv", "/api/insight/charts/follow-ups.svg",
                    "/api/insight/calculator/cases", "/api/insight/baseline")) {
                assertThat(as(persona).get().uri(uri).retrieve().toBodilessEntity().getStatusCode().value())
                        .as("%s %s", persona.userId(), uri).isEqualTo(403);
            }
        }
        assertThat(TestApi.anonymous("http://localhost:" + port).get().uri("/api/insight/figures").retrieve()
                .toBodilessEntity().getStatusCode().value()).isEqualTo(401);
        assertThat(as(Persona.LENE_TEAM_LEADER).get().uri("/api/insight/figures").retrieve().toBodilessEntity()
                .getStatusCode().value()).isEqualTo(200);
        assertThat(as(Persona.MORTEN_MANAGEMENT).get().uri("/api/insight/figures").retrieve().body(List.class))
                .hasSize(12);
    }

    @Test
    void everyFigureExportsAsCsvWithADanishHeaderAndWithheldValuesSaidSo() {
        await().atMost(WAIT).untilAsserted(() -> {
            var response = as(scenario.management).get().uri("/api/insight/figures/grant-costs.csv?from=2024&to=2025")
                    .retrieve().toEntity(String.class);
            assertThat(response.getStatusCode().value()).isEqualTo(200);
            assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv")))
                    .isTrue();
            assertThat(response.getBody().split("\r\n")).containsExactly(
                    "Periode,Gruppe,Borgere,Bevilgede timer (timer),Udgift (kr.),Timer uden takst (timer),"
                            + "Udgift pr. borger (kr.)",
                    "2024,I alt,diskretioneret,diskretioneret,diskretioneret,diskretioneret,diskretioneret",
                    "2025,I alt,12,1563.9,2159429,104.3,179952");
        });
        for (String id : List.of("follow-ups", "sub-goals", "progression", "ratings", "coordination", "cohorts",
                "caseloads", "housing", "duplicate-payments", "cost-per-sector", "benefits")) {
            String csv = as(scenario.management).get().uri("/api/insight/figures/" + id + ".csv").retrieve()
                    .body(String.class);
            assertThat(csv).as(id).startsWith("Periode,Gruppe,Borgere,");
        }
    }

    @Test
    void everyFigureRendersAsAnSvgChartWithDanishLabels() throws Exception {
        await().atMost(WAIT).untilAsserted(() -> assertThat(as(scenario.management).get()
                .uri("/api/insight/figures/follow-ups.csv?from=2025&to=2025").retrieve().body(String.class))
                .contains("2025,I alt,7,18,"));
        var response = as(scenario.management).get().uri("/api/insight/charts/follow-ups.svg?from=2024&to=2025")
                .retrieve().toEntity(String.class);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("image/svg+xml");
        List<String> texts = texts(response.getBody());
        assertThat(texts).contains("Opfølgning pr. borger", "Opfølgninger pr. borger", "Planlagt pr. borger", "2024",
                "2025", "Diskretioneret (færre end 5 borgere): 2024");
        for (String id : List.of("sub-goals", "progression", "ratings", "coordination", "cohorts", "caseloads",
                "grant-costs", "housing", "duplicate-payments", "cost-per-sector", "benefits")) {
            var chart = as(scenario.management).get().uri("/api/insight/charts/" + id + ".svg?from=2024&to=2025")
                    .retrieve().toEntity(String.class);
            assertThat(chart.getStatusCode().value()).as(id).isEqualTo(200);
            assertThat(texts(chart.getBody())).as(id).isNotEmpty();
        }
        assertThat(texts(as(scenario.management).get().uri("/api/insight/charts/caseloads.svg?from=2025&to=2025")
                .retrieve().body(String.class))).contains("Voksenteamet", "Jobindsats");
    }

    @Test
    void aWrongRequestIsAClearErrorNotAServerError() {
        assertThat(as(scenario.management).get().uri("/api/insight/figures/happiness").retrieve().toBodilessEntity()
                .getStatusCode().value()).isEqualTo(404);
        assertThat(as(scenario.management).get().uri("/api/insight/figures/ratings?period=decade").retrieve()
                .toBodilessEntity().getStatusCode().value()).isEqualTo(400);
        assertThat(as(scenario.management).get().uri("/api/insight/figures/ratings?from=2026&to=2020").retrieve()
                .toBodilessEntity().getStatusCode().value()).isEqualTo(400);
        assertThat(as(scenario.management).get().uri("/api/insight/figures/ratings?from=1850").retrieve()
                .toBodilessEntity().getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void theBaselineComesFromThePlatformWhereFiveOrMoreCitizensAreBehindIt() {
        // §107 in 2025: 1,638,000 kr. over 1,092 place-days = 2.9918 place-years: 547,500 kr. a place a year;
        // stays ended by 2025: 2,100 days / 5 = 1.15 years; stays begun in 2025: three citizens, not given;
        // one external placement, not given. Benefits 2025 (c1–c6): 3 still on at the end, 3 left.
        // Caseloads today: 3 caseworkers, 130 / 3 = 43.3 cases each.
        await().atMost(WAIT).untilAsserted(() -> {
            Map<String, Object> baseline = as(scenario.management).get().uri("/api/insight/baseline?year=2025")
                    .retrieve().body(Map.class);
            List<Map<String, Object>> numbers = (List<Map<String, Object>>) baseline.get("numbers");
            assertThat(numbers).extracting(n -> n.get("key"), n -> n.get("value"), n -> n.get("source"))
                    .containsExactly(tuple("newTemporaryStaysPerYear", null, "mangler"),
                            tuple("yearsInTemporaryHousingBefore", 1.15, "platform"),
                            tuple("yearlyCostPerTemporaryPlace", 547500, "platform"),
                            tuple("yearlyCostPerExternalPlacement", null, "mangler"),
                            tuple("citizensOnBenefits", 3, "platform"),
                            tuple("citizensLeavingBenefits", 3, "platform"),
                            tuple("caseworkers", 3, "platform"),
                            tuple("cases", 43.3, "platform"));
        });
    }

    /**
     * The worked example of InvestmentCalculatorTest with the platform's price of a place in temporary housing
     * (547,500 a year, from the scenario) instead of 590,000:
     * <pre>
     * full savings: housing 4 × (6 − 2) × 547,500 = 8,760,000; benefits 29 × 120,000 = 3,480,000; = 12,240,000
     * year  costs      savings     net         present net  cumulative
     * 2027  5,300,000   2,448,000  −2,852,000  −2,852,000   −2,852,000
     * 2028  4,700,000   4,896,000     196,000     189,372   −2,662,628
     * 2029  4,700,000   7,344,000   2,644,000   2,468,202     −194,426
     * 2030  4,700,000   9,792,000   5,092,000   4,592,692    4,398,266   ← break-even
     * 2031  4,700,000  12,240,000   7,540,000   6,570,674   10,968,940
     * 2032  4,700,000  12,240,000   7,540,000   6,348,478   17,317,418
     * 2033  4,700,000  12,240,000   7,540,000   6,133,795   23,451,213
     * costs 33,500,000; savings 61,200,000; net 27,700,000; net present value 23,451,213
     * </pre>
     */
    @Test
    void anInvestmentCaseIsProjectedFromThePlatformsBaselineAndItsAssumptionsAreVersioned() throws Exception {
        Map<String, Object> assumptions = body(InvestmentCalculatorTestData.workedExample());
        assumptions.put("yearlyCostPerTemporaryPlace", null);
        var created = as(scenario.management).post().uri("/api/insight/calculator/cases")
                .contentType(MediaType.APPLICATION_JSON).body(assumptions).retrieve().toEntity(Map.class);
        assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
        String caseId = (String) created.getBody().get("caseId");

        await().atMost(WAIT).untilAsserted(() -> {
            Map<String, Object> result = as(scenario.management).get()
                    .uri("/api/insight/calculator/cases/{id}/projection?baseYear=2025", caseId).retrieve().body(Map.class);
            Map<String, Object> projection = (Map<String, Object>) result.get("projection");
            assertThat(projection).containsEntry("breakEvenYear", 2030).containsEntry("netPresentValue", 23451213)
                    .containsEntry("totalCosts", 33500000).containsEntry("totalSavings", 61200000)
                    .containsEntry("totalNet", 27700000);
            assertThat((List<Map<String, Object>>) projection.get("years"))
                    .extracting(y -> y.get("year"), y -> y.get("presentNet"), y -> y.get("cumulativePresentNet"))
                    .containsExactly(tuple(2027, -2852000, -2852000), tuple(2028, 189372, -2662628),
                            tuple(2029, 2468202, -194426), tuple(2030, 4592692, 4398266),
                            tuple(2031, 6570674, 10968940), tuple(2032, 6348478, 17317418),
                            tuple(2033, 6133795, 23451213));
            assertThat((List<Map<String, Object>>) projection.get("inputs"))
                    .filteredOn(i -> "yearlyCostPerTemporaryPlace".equals(i.get("key")))
                    .singleElement().satisfies(i -> assertThat(i).containsEntry("value", 547500)
                            .containsEntry("source", "platform"));
        });

        Map<String, Object> change = new HashMap<>();
        change.put("expectedVersion", 1);
        change.put("note", "Finansministeriets diskonteringsrente");
        Map<String, Object> changed = new HashMap<>(assumptions);
        changed.put("discountRate", 0.04);
        change.put("assumptions", changed);
        var second = as(scenario.teamLeader).put().uri("/api/insight/calculator/cases/{id}", caseId)
                .contentType(MediaType.APPLICATION_JSON).body(change).retrieve().toEntity(Map.class);
        assertThat(second.getStatusCode().value()).as("%s", second.getBody()).isEqualTo(200);
        assertThat(second.getBody()).containsEntry("version", 2);
        var stale = as(scenario.management).put().uri("/api/insight/calculator/cases/{id}", caseId)
                .contentType(MediaType.APPLICATION_JSON).body(change).retrieve().toEntity(Map.class);
        assertThat(stale.getStatusCode().value()).as("based on version 1").isEqualTo(409);

        await().atMost(WAIT).untilAsserted(() -> {
            Map<String, Object> view = as(scenario.management).get().uri("/api/insight/calculator/cases/{id}", caseId)
                    .retrieve().body(Map.class);
            assertThat(view).containsEntry("version", 2).containsEntry("changedBy", "lene.leder");
            assertThat((List<Map<String, Object>>) view.get("versions"))
                    .extracting(v -> v.get("version"), v -> v.get("changedBy"), v -> v.get("note"),
                            v -> ((Map<String, Object>) v.get("assumptions")).get("discountRate"))
                    .containsExactly(tuple(1, "morten.chef", null, 0.035),
                            tuple(2, "lene.leder", "Finansministeriets diskonteringsrente", 0.04));
        });

        String csv = as(scenario.management).get()
                .uri("/api/insight/calculator/cases/{id}/projection.csv?baseYear=2025", caseId).retrieve()
                .body(String.class);
        assertThat(csv.split("\r\n")[0]).startsWith("År,Andel af fuld effekt,Udgifter (kr.)");
        assertThat(csv).contains("I alt,,33500000,");
        List<String> chart = texts(as(scenario.management).get()
                .uri("/api/insight/charts/calculator/{id}.svg?baseYear=2025", caseId).retrieve().body(String.class));
        assertThat(chart).contains("Udgifter", "Besparelser", "2027", "2033");
        assertThat(as(scenario.management).get().uri("/api/insight/calculator/cases").retrieve().body(List.class))
                .hasSize(1);

        Persona elsewhere = new Persona("erik.chef", "Erik", List.of("management"), null, "andet-" + scenario.organisation,
                null);
        assertThat(as(elsewhere).get().uri("/api/insight/calculator/cases/{id}", caseId).retrieve()
                .toBodilessEntity().getStatusCode().value()).as("another organisation's case").isEqualTo(404);
        assertThat(as(elsewhere).put().uri("/api/insight/calculator/cases/{id}", caseId)
                .contentType(MediaType.APPLICATION_JSON).body(change).retrieve().toBodilessEntity()
                .getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void assumptionsOutsideTheirRangeAreRefusedNamingTheField() {
        Map<String, Object> assumptions = body(InvestmentCalculatorTestData.workedExample());
        assumptions.put("discountRate", 0.9);
        assumptions.put("horizonYears", 0);
        var response = as(scenario.management).post().uri("/api/insight/calculator/cases")
                .contentType(MediaType.APPLICATION_JSON).body(assumptions).retrieve().toEntity(Map.class);
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody().get("errors").toString()).contains("discountRate").contains("horizonYears");

        Map<String, Object> longer = body(InvestmentCalculatorTestData.workedExample());
        longer.put("yearsInTemporaryHousingAfter", 7);
        var rule = as(scenario.management).post().uri("/api/insight/calculator/cases")
                .contentType(MediaType.APPLICATION_JSON).body(longer).retrieve().toEntity(Map.class);
        assertThat(rule.getStatusCode().value()).isEqualTo(422);
        assertThat(rule.getBody().toString()).contains("yearsInTemporaryHousingAfter");
    }

    @Test
    void aProjectionCanBeTriedWithoutStoringIt() {
        var response = as(Persona.LENE_TEAM_LEADER).post().uri("/api/insight/calculator/projection")
                .contentType(MediaType.APPLICATION_JSON).body(body(InvestmentCalculatorTestData.workedExample()))
                .retrieve().toEntity(Map.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat((Map<String, Object>) response.getBody().get("projection"))
                .containsEntry("netPresentValue", 26439847).containsEntry("breakEvenYear", 2029);
    }

    static Map<String, Object> body(Assumptions a) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", a.title());
        body.put("firstYear", a.firstYear());
        body.put("horizonYears", a.horizonYears());
        body.put("extraCaseworkers", a.extraCaseworkers());
        body.put("yearlyCostPerCaseworker", a.yearlyCostPerCaseworker());
        body.put("newOfferYearlyCost", a.newOfferYearlyCost());
        body.put("oneOffCost", a.oneOffCost());
        body.put("newTemporaryStaysPerYear", a.newTemporaryStaysPerYear());
        body.put("yearsInTemporaryHousingBefore", a.yearsInTemporaryHousingBefore());
        body.put("yearsInTemporaryHousingAfter", a.yearsInTemporaryHousingAfter());
        body.put("yearlyCostPerTemporaryPlace", a.yearlyCostPerTemporaryPlace());
        body.put("fewerCitizensOnBenefits", a.fewerCitizensOnBenefits());
        body.put("yearlyBenefitPerCitizen", a.yearlyBenefitPerCitizen());
        body.put("fewerExternalPlacements", a.fewerExternalPlacements());
        body.put("yearlyCostPerExternalPlacement", a.yearlyCostPerExternalPlacement());
        body.put("rampUpYears", a.rampUpYears());
        body.put("discountRate", a.discountRate());
        return body;
    }

    static List<String> texts(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
        NodeList nodes = document.getElementsByTagNameNS("*", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().trim());
        }
        return texts;
    }
}
