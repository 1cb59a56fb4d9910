package dk.tvaers.cases;

import dk.tvaers.platform.domain.DanishTime;
import dk.tvaers.contracts.ConsentCategories;
import dk.tvaers.contracts.IntegrationEvent;
import dk.tvaers.contracts.IntegrationEventCodec;
import dk.tvaers.contracts.Topics;
import dk.tvaers.contracts.cases.v1.CaseClosed;
import dk.tvaers.contracts.cases.v1.CaseOpened;
import dk.tvaers.contracts.cases.v1.CaseTransferred;
import dk.tvaers.platform.privacy.CitizenAccess;
import dk.tvaers.testsupport.Persona;
import dk.tvaers.testsupport.ServiceIntegrationTest;
import dk.tvaers.testsupport.TestApi;
import dk.tvaers.testsupport.TestEvents;
import dk.tvaers.testsupport.TestIdentityProvider;
import dk.tvaers.testsupport.TestInfrastructure;
import dk.tvaers.testsupport.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceIntegrationTest(properties = "spring.config.name=case-service")
class CaseServiceIT {

    @LocalServerPort
    int port;

    @Autowired
    CitizenAccess access;

    @Autowired
    JdbcClient jdbc;

    RestClient http;
    CaseApi api;

    final IntegrationEventCodec codec = new IntegrationEventCodec();

    @BeforeEach
    void setUp() {
        http = TestApi.as(Persona.JONAS_JOB, port);
        api = new CaseApi(port, access);
    }

    @Test
    void openingACasePublishesCaseOpenedKeyedByTheCitizen() {
        UUID citizen = api.register(Persona.JONAS_JOB);

        var response = http.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("citizenId", citizen, "legalBasis", "LAB §2"))
                .retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(201);
        String caseId = (String) response.getBody().get("caseId");
        assertThat(response.getHeaders().getLocation()).hasToString("/api/cases/" + caseId);

        try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().bootstrapServers(), Topics.CASE)) {
            var record = probe.await(r -> citizen.toString().equals(r.key())
                    && codec.decode(r.value()).is(CaseOpened.TYPE), Duration.ofSeconds(20));
            IntegrationEvent<?> event = codec.decode(record.value());
            assertThat(event.is(CaseOpened.TYPE)).isTrue();
            assertThat(event.citizenId()).isEqualTo(citizen);
            assertThat(event.organisation()).isEqualTo("holstebro");
            assertThat(event.producer().service()).isEqualTo("case-service");
            assertThat(event.producer().sector()).as("the caseworker's own sector").isEqualTo("jobcenter");
            assertThat(event.payloadAs(CaseOpened.TYPE).caseworkerId()).isEqualTo("jonas.job");
            assertThat(event.payloadAs(CaseOpened.TYPE).caseId()).hasToString(caseId);
            assertThat(event.correlationId()).isEqualTo(response.getHeaders().getFirst("X-Correlation-Id"));
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var found = http.get().uri("/api/cases/{id}", caseId).retrieve().toEntity(Map.class);
            assertThat(found.getStatusCode().value()).isEqualTo(200);
            assertThat(found.getBody()).containsEntry("sector", "jobcenter").containsEntry("status", "OPEN");
        });
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndChangesNothing() {
        UUID citizen = UUID.randomUUID();

        var response = http.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("citizenId", citizen, "legalBasis", "LAB §2", "caseworkerId", "Jonas Job!"))
                .retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody().get("errors").toString()).contains("field=caseworkerId");
        var cases = http.get().uri("/api/cases?citizenId={id}", citizen).retrieve().toEntity(String.class);
        assertThat(cases.getStatusCode().value()).as("no case was opened, so the citizen is unknown here")
                .isEqualTo(404);
    }

    @Test
    void aMalformedBodyIsA400NamingTheField() {
        var response = http.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON)
                .body("{\"citizenId\": \"not-a-uuid\", \"sector\": \"jobcenter\"}")
                .retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody().get("errors").toString()).contains("field=citizenId");
    }

    @Test
    void managementCannotOpenACase() {
        var response = TestApi.as(Persona.MORTEN_MANAGEMENT, port).post().uri("/api/cases")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("citizenId", UUID.randomUUID(), "legalBasis", "LAB §2"))
                .retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(403);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
    }

    @Test
    void aSectorSystemMustNameTheResponsibleCaseworker() {
        var response = TestApi.as(Persona.JOBCENTER_SYSTEM, port).post().uri("/api/cases")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("citizenId", UUID.randomUUID(), "legalBasis", "LAB §2"))
                .retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat(response.getBody().get("errors").toString()).contains("field=caseworkerId");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void everyBadTokenIsRejected(String what, String token) {
        var response = TestApi.anonymous("http://localhost:" + port).get().uri("/api/cases?citizenId={id}",
                        UUID.randomUUID())
                .headers(headers -> {
                    if (token != null) {
                        headers.setBearerAuth(token);
                    }
                })
                .retrieve().toEntity(String.class);

        assertThat(response.getStatusCode().value()).as(what).isEqualTo(401);
    }

    static Stream<Arguments> badTokens() {
        TestIdentityProvider idp = TestIdentityProvider.get();
        return Stream.of(
                Arguments.of("no token", null),
                Arguments.of("expired", idp.expiredToken(Persona.JONAS_JOB)),
                Arguments.of("another audience", idp.tokenForAnotherAudience(Persona.JONAS_JOB)),
                Arguments.of("another issuer", idp.tokenFromAnotherIssuer(Persona.JONAS_JOB)),
                Arguments.of("forged signature", idp.tokenWithForgedSignature(Persona.JONAS_JOB)),
                Arguments.of("alg=none", idp.unsignedToken(Persona.JONAS_JOB)),
                Arguments.of("not a JWT", "not-a-token"));
    }

    @Test
    void anUnknownCaseIs404() {
        var response = http.get().uri("/api/cases/{id}", UUID.randomUUID()).retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getBody()).containsKey("title");
    }

    @Test
    void aCaseForAnUnregisteredCitizenIsRefusedNamingTheCitizen() {
        var response = http.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("citizenId", UUID.randomUUID(), "legalBasis", "LAB §2"))
                .retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat(response.getBody()).containsEntry("rule", "case.citizen-unknown");
        assertThat(response.getBody().get("errors").toString()).contains("field=citizenId");
    }

    @Test
    void aCaseIsTransferredAndClosedWithReasonsThatStayHereAndAStaleVersionIsAConflict() {
        UUID citizen = api.register(Persona.SOFIE_SOCIAL);
        UUID caseId = api.openCaseAndWorkWith(Persona.SOFIE_SOCIAL, citizen);
        RestClient sofie = TestApi.as(Persona.SOFIE_SOCIAL, port);

        var transferred = sofie.post().uri("/api/cases/{id}/transfer", caseId).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("expectedVersion", 0, "toCaseworkerId", "lene.leder", "reason", "Barsel"))
                .retrieve().toEntity(Map.class);
        assertThat(transferred.getStatusCode().value()).isEqualTo(200);
        assertThat(transferred.getBody()).containsEntry("version", 1);

        var stale = sofie.post().uri("/api/cases/{id}/closing", caseId).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("expectedVersion", 0, "reason", "Målet er nået")).retrieve().toEntity(Map.class);
        assertThat(stale.getStatusCode().value()).isEqualTo(409);
        assertThat(stale.getBody()).containsEntry("rule", "case.stale").containsEntry("currentVersion", 1);

        var closed = sofie.post().uri("/api/cases/{id}/closing", caseId).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("expectedVersion", 1, "reason", "Målet er nået")).retrieve().toEntity(Map.class);
        assertThat(closed.getStatusCode().value()).isEqualTo(200);

        try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().bootstrapServers(), Topics.CASE)) {
            var transfer = codec.decode(probe.await(r -> citizen.toString().equals(r.key())
                    && codec.decode(r.value()).is(CaseTransferred.TYPE), Duration.ofSeconds(20)).value());
            assertThat(transfer.payloadAs(CaseTransferred.TYPE).toCaseworkerId()).isEqualTo("lene.leder");
            assertThat(transfer.payloadAs(CaseTransferred.TYPE).reason()).as("stays in case-service").isNull();
            var close = codec.decode(probe.await(r -> citizen.toString().equals(r.key())
                    && codec.decode(r.value()).is(CaseClosed.TYPE), Duration.ofSeconds(20)).value());
            assertThat(close.payloadAs(CaseClosed.TYPE).reason()).as("stays in case-service").isNull();
            assertThat(close.payloadAs(CaseClosed.TYPE).closedOn()).isEqualTo(DanishTime.today());
        }
        await().atMost(CaseApi.WAIT).untilAsserted(() -> assertThat(jdbc.sql(
                        "SELECT status FROM case_summary WHERE case_id = ?").param(caseId).query(String.class).single())
                .isEqualTo("CLOSED"));
        assertThat(api.openCase(Persona.SOFIE_SOCIAL, citizen, null)).as("the sector may open a new case")
                .isNotEqualTo(caseId);
    }

    @SuppressWarnings("unchecked")
    private List<String> casesSeenBy(Persona persona, UUID citizen) {
        List<Map<String, Object>> cases = TestApi.as(persona, port).get().uri("/api/cases?citizenId={id}", citizen)
                .retrieve().body(List.class);
        return cases.stream().map(found -> (String) found.get("caseId")).toList();
    }

    @Test
    void aCitizensCasesAcrossSectorsAreListedToEachSectorAsFarAsTheConsentShares() {
        UUID citizen = api.register(Persona.SOFIE_SOCIAL);
        String socialCase = api.openCaseAndWorkWith(Persona.SOFIE_SOCIAL, citizen).toString();
        String jobcenterCase = api.openCaseAndWorkWith(Persona.JONAS_JOB, citizen).toString();

        assertThat(casesSeenBy(Persona.SOFIE_SOCIAL, citizen)).as("without consent: the own sector's")
                .containsExactly(socialCase);
        assertThat(casesSeenBy(Persona.JONAS_JOB, citizen)).containsExactly(jobcenterCase);
        assertThat(TestApi.as(Persona.ANNA_ADDICTION, port).get().uri("/api/cases?citizenId={id}", citizen).retrieve()
                .toEntity(String.class).getStatusCode().value()).as("a sector without a case").isEqualTo(404);

        TestEvents.consentGiven(citizen, List.of("social-services", "jobcenter"), List.of(ConsentCategories.PLAN));
        await().atMost(CaseApi.WAIT).until(() -> access.canRead(CaseApi.actor(Persona.SOFIE_SOCIAL), citizen,
                "jobcenter", ConsentCategories.PLAN));
        assertThat(casesSeenBy(Persona.SOFIE_SOCIAL, citizen)).as("a consent to share plans does not share cases")
                .containsExactly(socialCase);

        UUID consent = TestEvents.consentGiven(citizen, List.of("social-services", "jobcenter"),
                List.of(ConsentCategories.CASES));
        await().atMost(CaseApi.WAIT).untilAsserted(() -> assertThat(casesSeenBy(Persona.SOFIE_SOCIAL, citizen))
                .containsExactlyInAnyOrder(socialCase, jobcenterCase));
        assertThat(casesSeenBy(Persona.JONAS_JOB, citizen)).containsExactlyInAnyOrder(socialCase, jobcenterCase);
        assertThat(TestApi.as(Persona.ANNA_ADDICTION, port).get().uri("/api/cases?citizenId={id}", citizen).retrieve()
                .toEntity(String.class).getStatusCode().value()).as("not a party to the consent").isEqualTo(404);
        assertThat(TestApi.as(Persona.JONAS_JOB, port).get().uri("/api/cases/{id}", socialCase).retrieve()
                .toEntity(String.class).getStatusCode().value()).isEqualTo(200);

        TestEvents.consentWithdrawn(citizen, consent);
        await().atMost(CaseApi.WAIT).untilAsserted(() -> assertThat(casesSeenBy(Persona.SOFIE_SOCIAL, citizen))
                .containsExactly(socialCase));
        assertThat(casesSeenBy(Persona.JONAS_JOB, citizen)).containsExactly(jobcenterCase);
        assertThat(TestApi.as(Persona.JONAS_JOB, port).get().uri("/api/cases/{id}", socialCase).retrieve()
                .toEntity(String.class).getStatusCode().value()).as("withdrawn at once").isEqualTo(404);
    }

    @Test
    void anotherSectorCannotTransferOrCloseTheCase() {
        UUID citizen = api.register(Persona.SOFIE_SOCIAL);
        UUID caseId = api.openCaseAndWorkWith(Persona.SOFIE_SOCIAL, citizen);

        var response = http.post().uri("/api/cases/{id}/closing", caseId).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("expectedVersion", 0, "reason", "Målet er nået")).retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void aSecondOpenCaseInTheSameSectorIsAConflictEvenWhenTheyRace() throws Exception {
        UUID citizen = api.register(Persona.JONAS_JOB);
        int attempts = 6;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        try {
            List<Callable<Integer>> openings = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                openings.add(() -> http.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON)
                        .body(Map.of("citizenId", citizen, "legalBasis", "LAB §2"))
                        .retrieve().toEntity(Map.class).getStatusCode().value());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(openings)) {
                statuses.add(status.get());
            }
            assertThat(statuses).containsOnly(201, 409).filteredOn(status -> status == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM open_case_claim WHERE citizen_id = ?").param(citizen)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM domain_event_entry
                        WHERE payload_type LIKE '%CaseOpenedEvent' AND convert_from(payload, 'UTF8')::jsonb ->> 'citizenId' = ?""")
                .param(citizen.toString()).query(Long.class).single()).as("one case in the event store").isEqualTo(1);
    }

    @Test
    void aRetriedRequestWithTheSameIdempotencyKeyReturnsTheFirstResultInsteadOfActingTwice() {
        String cpr = CaseApi.fakeCpr();
        String key = UUID.randomUUID().toString();
        List<Object> citizens = new ArrayList<>();
        for (int attempt = 0; attempt < 2; attempt++) {
            var registered = http.post().uri("/api/citizens").contentType(MediaType.APPLICATION_JSON)
                    .header("Idempotency-Key", key).body(Map.of("cpr", cpr, "name", "Gentaget Forsøg"))
                    .retrieve().toEntity(Map.class);
            assertThat(registered.getStatusCode().value()).isEqualTo(201);
            citizens.add(registered.getBody().get("citizenId"));
        }
        assertThat(citizens).hasSize(2).containsOnly(citizens.get(0));
        UUID citizen = UUID.fromString((String) citizens.get(0));

        List<Object> cases = new ArrayList<>();
        for (int attempt = 0; attempt < 2; attempt++) {
            var opened = http.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON)
                    .header("Idempotency-Key", key).body(Map.of("citizenId", citizen, "legalBasis", "LAB §2"))
                    .retrieve().toEntity(Map.class);
            assertThat(opened.getStatusCode().value()).isEqualTo(201);
            cases.add(opened.getBody().get("caseId"));
        }
        assertThat(cases).containsOnly(cases.get(0));
        assertThat(jdbc.sql("SELECT count(*) FROM open_case_claim WHERE citizen_id = ?").param(citizen)
                .query(Long.class).single()).isEqualTo(1);
        var another = http.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("citizenId", citizen, "legalBasis", "LAB §2")).retrieve().toEntity(Map.class);
        assertThat(another.getStatusCode().value()).as("another key is another request").isEqualTo(409);
    }
}
