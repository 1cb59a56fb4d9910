package dk.tvaers.cases;

import dk.tvaers.platform.domain.DanishTime;
import dk.tvaers.contracts.IntegrationEvent;
import dk.tvaers.contracts.IntegrationEventCodec;
import dk.tvaers.contracts.Topics;
import dk.tvaers.contracts.cases.v1.CitizenErased;
import dk.tvaers.contracts.cases.v1.CitizenRegistered;
import dk.tvaers.cases.citizen.api.CitizenRegisteredEvent;
import dk.tvaers.platform.observability.ProjectionReplay;
import dk.tvaers.platform.privacy.AccessKind;
import dk.tvaers.platform.privacy.AuditLog;
import dk.tvaers.platform.privacy.CitizenAccess;
import dk.tvaers.platform.privacy.CitizenKeyStore;
import dk.tvaers.testsupport.Persona;
import dk.tvaers.testsupport.ServiceIntegrationTest;
import dk.tvaers.testsupport.TestApi;
import dk.tvaers.testsupport.TestInfrastructure;
import dk.tvaers.testsupport.TopicProbe;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Citizens are registered by CPR number and name, which stay in case-service encrypted; everything else,
 * Kafka included, knows them by a pseudonymous id. A lookup by CPR states its purpose and is audited.
 * Erasure makes the CPR number and name unreadable for good.
 */
@ServiceIntegrationTest(properties = "spring.config.name=case-service")
class CitizensIT {

    @LocalServerPort
    int port;

    @Autowired
    CitizenAccess access;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog auditLog;

    @Autowired
    CitizenKeyStore keys;

    @Autowired
    EventStore eventStore;

    @Autowired
    EventProcessingConfiguration processing;

    final IntegrationEventCodec codec = new IntegrationEventCodec();
    CaseApi api;
    RestClient sofie;

    @BeforeEach
    void setUp() {
        api = new CaseApi(port, access);
        sofie = TestApi.as(Persona.SOFIE_SOCIAL, port);
    }

    @Test
    void registeringACitizenPublishesOnlyThePseudonymousIdAndKeepsTheCprAndNameEncrypted() {
        String cpr = CaseApi.fakeCpr();
        UUID citizen = api.register(Persona.SOFIE_SOCIAL, cpr, "Mads Mikkelsen-Østergård");

        try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().bootstrapServers(), Topics.CASE)) {
            var record = probe.await(r -> citizen.toString().equals(r.key()), Duration.ofSeconds(20));
            IntegrationEvent<?> event = codec.decode(record.value());
            assertThat(event.is(CitizenRegistered.TYPE)).isTrue();
            assertThat(event.citizenId()).isEqualTo(citizen);
            assertThat(event.payloadAs(CitizenRegistered.TYPE))
                    .isEqualTo(new CitizenRegistered(citizen, "holstebro"));
            assertThat(TopicProbe.text(record.value())).doesNotContain(cpr.substring(0, 6), "Mikkelsen");
        }
        String stored = jdbc.sql("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(citizen.toString()).query(String.class).single();
        assertThat(stored).doesNotContain(cpr.substring(0, 6), "Mikkelsen").contains("erasable:v1:");
        await().atMost(CaseApi.WAIT).until(() -> jdbc.sql("SELECT count(*) FROM citizen_view WHERE citizen_id = ?")
                .param(citizen).query(Long.class).single() == 1);
        String row = jdbc.sql("SELECT concat_ws('|', cpr_index, cpr_sealed, name_sealed) FROM citizen_view WHERE citizen_id = ?")
                .param(citizen).query(String.class).single();
        assertThat(row).doesNotContain(cpr.substring(0, 6), "Mikkelsen");
    }

    @Test
    void aSecondRegistrationOfTheSameCprIsAConflictInEitherWritingOfIt() {
        String cpr = CaseApi.fakeCpr();
        api.register(Persona.SOFIE_SOCIAL, cpr, "Aisha Hansen");

        var again = sofie.post().uri("/api/citizens").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("cpr", cpr.replace("-", ""), "name", "Aisha Hansen")).retrieve().toEntity(Map.class);

        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(again.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(again.getBody()).containsEntry("rule", "citizen.cpr-registered");
    }

    @Test
    void racingRegistrationsOfOneCprRegisterOneCitizen() throws Exception {
        String cpr = CaseApi.fakeCpr();
        int attempts = 6;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Callable<Integer>> registrations = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                registrations.add(() -> sofie.post().uri("/api/citizens").contentType(MediaType.APPLICATION_JSON)
                        .body(Map.of("cpr", cpr, "name", "Peter Poulsen")).retrieve().toEntity(String.class)
                        .getStatusCode().value());
            }
            for (Future<Integer> status : pool.invokeAll(registrations)) {
                statuses.add(status.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses).containsOnly(201, 409).filteredOn(status -> status == 201).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE payload_type = ?")
                .param(CitizenRegisteredEvent.class.getName()).query(Long.class).single())
                .isEqualTo(jdbc.sql("SELECT count(*) FROM citizen_identity").query(Long.class).single());
    }

    @Test
    void aCprWithAnImpossibleDateOrFormatIsRefusedNamingTheField() {
        var impossible = sofie.post().uri("/api/citizens").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("cpr", "310490-1234", "name", "Ingen Dato")).retrieve().toEntity(Map.class);
        assertThat(impossible.getStatusCode().value()).isEqualTo(422);
        assertThat(impossible.getBody()).containsEntry("rule", "citizen.cpr-date");
        assertThat(impossible.getBody().get("errors").toString()).contains("field=cpr");

        var malformed = sofie.post().uri("/api/citizens").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("cpr", "31-04-90", "name", "")).retrieve().toEntity(Map.class);
        assertThat(malformed.getStatusCode().value()).isEqualTo(400);
        assertThat(malformed.getBody().get("errors").toString()).contains("field=cpr", "field=name");
    }

    @Test
    void managementCannotRegisterACitizen() {
        var response = TestApi.as(Persona.MORTEN_MANAGEMENT, port).post().uri("/api/citizens")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("cpr", CaseApi.fakeCpr(), "name", "Ole Olsen"))
                .retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void aLookupByCprNeedsAPurposeAndIsAuditedWithCallerAndPurpose() {
        String cpr = CaseApi.fakeCpr();
        UUID citizen = api.register(Persona.JOBCENTER_SYSTEM, cpr, "Karen Knudsen");
        await().atMost(CaseApi.WAIT).until(() -> jdbc.sql("SELECT count(*) FROM citizen_view WHERE citizen_id = ?")
                .param(citizen).query(Long.class).single() == 1);

        var withoutPurpose = sofie.post().uri("/api/citizens/lookup").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("cpr", cpr)).retrieve().toEntity(Map.class);
        assertThat(withoutPurpose.getStatusCode().value()).isEqualTo(400);
        assertThat(withoutPurpose.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(withoutPurpose.getBody().get("errors").toString()).contains("field=X-Purpose");

        var found = sofie.post().uri("/api/citizens/lookup").contentType(MediaType.APPLICATION_JSON)
                .header("X-Purpose", CaseApi.purpose("Visitation til §85-støtte"))
                .body(Map.of("cpr", cpr.replace("-", ""))).retrieve().toEntity(Map.class);
        assertThat(found.getStatusCode().value()).isEqualTo(200);
        assertThat(found.getBody()).containsEntry("citizenId", citizen.toString()).containsEntry("cpr", cpr)
                .containsEntry("name", "Karen Knudsen");

        assertThat(auditLog.find(citizen, "sofie.social", null, null, 10)).singleElement().satisfies(stored -> {
            assertThat(stored.entry().kind()).isEqualTo(AccessKind.SEARCH);
            assertThat(stored.entry().category()).isEqualTo("cpr");
            assertThat(stored.entry().purpose()).isEqualTo("Visitation til §85-støtte");
            assertThat(stored.entry().resource()).isEqualTo("POST /api/citizens/lookup");
        });
        assertThat(auditLog.find(null, "sofie.social", null, null, 100)).as("the CPR number is never logged")
                .allSatisfy(stored -> assertThat(String.valueOf(stored.entry().criteria()) + stored.entry().resource())
                        .doesNotContain(cpr.substring(7)));
    }

    @Test
    void anotherOrganisationFindsNoOneAndTheMissIsAuditedToo() {
        String cpr = CaseApi.fakeCpr();
        UUID citizen = api.register(Persona.SOFIE_SOCIAL, cpr, "Lars Larsen");
        await().atMost(CaseApi.WAIT).until(() -> jdbc.sql("SELECT count(*) FROM citizen_view WHERE citizen_id = ?")
                .param(citizen).query(Long.class).single() == 1);

        var response = TestApi.as(Persona.EVA_OTHER_MUNICIPALITY, port).post().uri("/api/citizens/lookup")
                .contentType(MediaType.APPLICATION_JSON).header("X-Purpose", CaseApi.purpose("Tilflytning"))
                .body(Map.of("cpr", cpr)).retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(auditLog.find(null, "eva.egedal", null, null, 10)).anySatisfy(stored -> {
            assertThat(stored.entry().kind()).isEqualTo(AccessKind.SEARCH);
            assertThat(stored.entry().purpose()).isEqualTo("Tilflytning");
            assertThat(stored.entry().criteria()).contains("XXXX").doesNotContain(cpr.substring(7));
        });
        assertThat(TestApi.as(Persona.EVA_OTHER_MUNICIPALITY, port).get().uri("/api/citizens/{id}", citizen)
                .retrieve().toEntity(String.class).getStatusCode().value()).isEqualTo(404);
    }

    private void awaitRegistered(UUID citizen) {
        await().atMost(CaseApi.WAIT).until(() -> jdbc.sql("SELECT count(*) FROM citizen_view WHERE citizen_id = ?")
                .param(citizen).query(Long.class).single() == 1);
    }

    private org.springframework.http.ResponseEntity<Map> resolve(Persona persona, String cpr, String purpose) {
        var request = TestApi.as(persona, port).post().uri("/api/citizens/resolve")
                .contentType(MediaType.APPLICATION_JSON);
        if (purpose != null) {
            request = request.header("X-Purpose", CaseApi.purpose(purpose));
        }
        return request.body(Map.of("cpr", cpr)).retrieve().toEntity(Map.class);
    }

    @Test
    void aSectorSystemResolvesACprNumberToThePseudonymousIdAloneAndTheResolutionIsAudited() {
        String cpr = CaseApi.fakeCpr();
        UUID citizen = api.register(Persona.SOFIE_SOCIAL, cpr, "Birthe Bæk");
        awaitRegistered(citizen);

        var resolved = resolve(Persona.JOBCENTER_SYSTEM, cpr.replace("-", ""), "Indberetning af praktikstart");

        assertThat(resolved.getStatusCode().value()).isEqualTo(200);
        assertThat(resolved.getBody()).as("the id, no CPR number, no name")
                .containsOnly(Map.entry("citizenId", citizen.toString()));
        assertThat(auditLog.find(citizen, "jobcenter-system", null, null, 10)).singleElement().satisfies(stored -> {
            assertThat(stored.entry().kind()).isEqualTo(AccessKind.SEARCH);
            assertThat(stored.entry().category()).isEqualTo("cpr");
            assertThat(stored.entry().actorRoles()).isEqualTo("sector-system");
            assertThat(stored.entry().organisation()).isEqualTo("holstebro");
            assertThat(stored.entry().purpose()).isEqualTo("Indberetning af praktikstart");
            assertThat(stored.entry().resource()).isEqualTo("POST /api/citizens/resolve");
        });
        assertThat(auditLog.find(null, "jobcenter-system", null, null, 100)).as("the CPR number is never logged")
                .allSatisfy(stored -> assertThat(String.valueOf(stored.entry().criteria()) + stored.entry().resource())
                        .doesNotContain(cpr.substring(7)));
    }

    @Test
    void anotherOrganisationsSystemResolvesNoOneUntilItsSectorHasACaseAndTheMissIsAudited() {
        String cpr = CaseApi.fakeCpr();
        UUID citizen = api.register(Persona.SOFIE_SOCIAL, cpr, "Carl Christensen");
        awaitRegistered(citizen);
        Persona egedalSystem = new Persona("egedal-jobcenter-system", null, List.of("sector-system"), "jobcenter",
                "egedal", null);
        Persona psychiatrySystem = new Persona("psychiatry-system", null, List.of("sector-system"), "psychiatry",
                "region-midt", null);

        var response = resolve(egedalSystem, cpr, "Indberetning af praktikstart");
        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody().toString()).doesNotContain(citizen.toString());
        assertThat(auditLog.find(null, "egedal-jobcenter-system", null, null, 10)).singleElement().satisfies(stored -> {
            assertThat(stored.entry().citizenId()).isNull();
            assertThat(stored.entry().kind()).isEqualTo(AccessKind.SEARCH);
            assertThat(stored.entry().purpose()).isEqualTo("Indberetning af praktikstart");
            assertThat(stored.entry().resource()).isEqualTo("POST /api/citizens/resolve");
            assertThat(stored.entry().criteria()).contains(cpr.substring(0, 6) + "-XXXX")
                    .doesNotContain(cpr.substring(7));
        });
        assertThat(resolve(psychiatrySystem, cpr, "Indberetning af indlæggelse").getStatusCode().value())
                .as("the region's psychiatry has no case yet").isEqualTo(404);

        UUID psychiatryCase = api.openCase(Persona.PETER_PSYCHIATRY, citizen, null);
        await().atMost(CaseApi.WAIT).untilAsserted(() -> assertThat(jdbc.sql(
                "SELECT count(*) FROM case_summary WHERE case_id = ?").param(psychiatryCase).query(Long.class)
                .single()).isEqualTo(1));
        var throughTheCase = resolve(psychiatrySystem, cpr, "Indberetning af indlæggelse");
        assertThat(throughTheCase.getStatusCode().value()).isEqualTo(200);
        assertThat(throughTheCase.getBody()).containsEntry("citizenId", citizen.toString());
        assertThat(resolve(egedalSystem, cpr, "Indberetning af praktikstart").getStatusCode().value())
                .as("still not another municipality's jobcenter").isEqualTo(404);
    }

    @Test
    void aResolutionWithABadCprNumberOrNoPurposeIsAProblemNamingTheField() {
        var malformed = resolve(Persona.JOBCENTER_SYSTEM, "31-04-90", "Indberetning");
        assertThat(malformed.getStatusCode().value()).isEqualTo(400);
        assertThat(malformed.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(malformed.getBody().get("errors").toString()).contains("field=cpr");

        var impossible = resolve(Persona.JOBCENTER_SYSTEM, "310490-1234", "Indberetning");
        assertThat(impossible.getStatusCode().value()).isEqualTo(422);
        assertThat(impossible.getBody()).containsEntry("rule", "citizen.cpr-date");
        assertThat(impossible.getBody().get("errors").toString()).contains("field=cpr");

        var withoutPurpose = resolve(Persona.JOBCENTER_SYSTEM, CaseApi.fakeCpr(), null);
        assertThat(withoutPurpose.getStatusCode().value()).isEqualTo(400);
        assertThat(withoutPurpose.getBody().get("errors").toString()).contains("field=X-Purpose");

        assertThat(resolve(Persona.MORTEN_MANAGEMENT, CaseApi.fakeCpr(), "Statistik").getStatusCode().value())
                .isEqualTo(403);
        assertThat(resolve(Persona.BOSTED_PARTNER, CaseApi.fakeCpr(), "Indflytning").getStatusCode().value())
                .isEqualTo(403);
    }

    @Test
    void aCaseworkerWhoDoesNotWorkWithTheCitizenCannotIdentifyThemByIdWhateverThePurpose() {
        UUID citizen = api.register(Persona.SOFIE_SOCIAL, CaseApi.fakeCpr(), "Jens Jensen");
        await().atMost(CaseApi.WAIT).until(() -> jdbc.sql("SELECT count(*) FROM citizen_view WHERE citizen_id = ?")
                .param(citizen).query(Long.class).single() == 1);
        var anna = TestApi.as(Persona.ANNA_ADDICTION, port);

        for (String purpose : List.of("", CaseApi.purpose("Henvisning fra socialforvaltningen"), "x")) {
            var guessed = anna.get().uri("/api/citizens/{id}", citizen).header("X-Purpose", purpose)
                    .retrieve().toEntity(String.class);
            assertThat(guessed.getStatusCode().value()).as("purpose '%s', no case", purpose).isEqualTo(404);
            assertThat(guessed.getBody()).doesNotContain("Jens Jensen");
            UUID madeUp = UUID.randomUUID();
            var nobody = anna.get().uri("/api/citizens/{id}", madeUp).header("X-Purpose", purpose)
                    .retrieve().toEntity(String.class);
            assertThat(guessed.getBody().replace(citizen.toString(), "id")).as("answered as for an id no one has")
                    .isEqualTo(nobody.getBody().replace(madeUp.toString(), "id"));
        }
        assertThat(auditLog.find(citizen, "anna.misbrug", null, null, 10)).as("nothing was read").isEmpty();

        api.openCaseAndWorkWith(Persona.ANNA_ADDICTION, citizen);
        var identified = anna.get().uri("/api/citizens/{id}", citizen).retrieve().toEntity(Map.class);
        assertThat(identified.getStatusCode().value()).as("once her sector works with the citizen").isEqualTo(200);
        assertThat(identified.getBody()).containsEntry("name", "Jens Jensen");
    }

    @Test
    void afterErasureAndAReplayTheCprAndNameAreUnreadableAndOtherCitizensIntact() {
        String erasedCpr = CaseApi.fakeCpr();
        String keptCpr = CaseApi.fakeCpr();
        UUID erased = api.register(Persona.SOFIE_SOCIAL, erasedCpr, "Hanne Hansen");
        UUID kept = api.register(Persona.SOFIE_SOCIAL, keptCpr, "Bente Bentsen");
        UUID caseId = api.openCaseAndWorkWith(Persona.SOFIE_SOCIAL, erased);

        var refused = erase(erased);
        assertThat(refused.getStatusCode().value()).as("an open case first").isEqualTo(422);
        assertThat(refused.getBody()).containsEntry("rule", "citizen.has-open-cases");
        assertThat(sofie.post().uri("/api/cases/{id}/closing", caseId).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("expectedVersion", 0, "reason", "Flyttet")).retrieve().toEntity(Map.class)
                .getStatusCode().value()).isEqualTo(200);
        assertThat(TestApi.as(Persona.SOFIE_SOCIAL, port).post().uri("/api/citizens/{id}/erasure", erased)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("legalBasis", "art. 17"))
                .retrieve().toEntity(Map.class).getStatusCode().value()).as("only the DPO").isEqualTo(403);

        assertThat(erase(erased).getStatusCode().value()).isEqualTo(202);

        try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().bootstrapServers(), Topics.CASE)) {
            var record = probe.await(r -> erased.toString().equals(r.key()) && codec.decode(r.value())
                    .is(CitizenErased.TYPE), Duration.ofSeconds(20));
            assertThat(codec.decode(record.value()).organisation()).isEqualTo("holstebro");
        }
        await().atMost(CaseApi.WAIT).until(() -> keys.existingKeyFor(erased).isEmpty());
        await().atMost(CaseApi.WAIT).until(() -> jdbc.sql("SELECT count(*) FROM citizen_view WHERE citizen_id = ?")
                .param(erased).query(Long.class).single() == 0);

        ProjectionReplay.replay(processing, "citizen-register");
        ProjectionReplay.replay(processing, "case-summary");
        await().atMost(CaseApi.WAIT).untilAsserted(() -> assertThat(sofie.post().uri("/api/citizens/lookup")
                .contentType(MediaType.APPLICATION_JSON).header("X-Purpose", CaseApi.purpose("Kontrol efter sletning"))
                .body(Map.of("cpr", keptCpr)).retrieve().toEntity(Map.class).getBody())
                .containsEntry("citizenId", kept.toString()).containsEntry("name", "Bente Bentsen")
                .containsEntry("cpr", keptCpr));

        assertThat(jdbc.sql("SELECT count(*) FROM citizen_view WHERE citizen_id = ?").param(erased)
                .query(Long.class).single()).as("not rebuilt by the replay").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM case_summary WHERE citizen_id = ?").param(erased)
                .query(Long.class).single()).isZero();
        CitizenRegisteredEvent fromStore = (CitizenRegisteredEvent) eventStore.readEvents(erased.toString()).next()
                .getPayload();
        assertThat(fromStore.cpr()).as("the CPR number cannot be decrypted any more").isNull();
        assertThat(fromStore.name()).isNull();
        assertThat(fromStore.citizenId()).isEqualTo(erased);
        assertThat(sofie.get().uri("/api/citizens/{id}", erased)
                .header("X-Purpose", CaseApi.purpose("Kontrol efter sletning")).retrieve().toEntity(String.class)
                .getStatusCode().value()).isEqualTo(404);
        assertThat(api.register(Persona.SOFIE_SOCIAL, erasedCpr, "Hanne Hansen")).as("the CPR is free again")
                .isNotEqualTo(erased);
    }

    @Test
    void noCprNumberOrNameEverReachesKafkaNotEvenInAReasonThatNamesTheCitizen() {
        String cpr = CaseApi.fakeCpr();
        UUID citizen = api.register(Persona.SOFIE_SOCIAL, cpr, "Søren Sørensen-Kierkegaard");
        UUID caseId = api.openCaseAndWorkWith(Persona.SOFIE_SOCIAL, citizen);
        RestClient lene = TestApi.as(Persona.LENE_TEAM_LEADER, port);

        assertThat(sofie.post().uri("/api/cases/{id}/transfer", caseId).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("expectedVersion", 0, "toCaseworkerId", "mette.social",
                        "reason", "Søren Kierkegaard (" + cpr + ") ønsker en anden sagsbehandler"))
                .retrieve().toEntity(Map.class).getStatusCode().value()).isEqualTo(200);
        LocalDate today = DanishTime.today();
        var proposed = sofie.post().uri("/api/grants").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("citizenId", citizen, "caseId", caseId, "offerId", UUID.randomUUID(),
                        "hoursPerWeek", 8, "validFrom", today, "validUntil", today.plusMonths(3),
                        "legalBasis", "Serviceloven §85", "externalPlacement", false))
                .retrieve().toEntity(Map.class);
        assertThat(proposed.getStatusCode().value()).as("%s", proposed.getBody()).isEqualTo(201);
        UUID grantId = UUID.fromString((String) proposed.getBody().get("grantId"));
        await().atMost(CaseApi.WAIT).until(() -> lene.get().uri("/api/grants/{id}", grantId).retrieve()
                .toEntity(String.class).getStatusCode().value() == 200);
        assertThat(lene.post().uri("/api/grants/{id}/rejection", grantId).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("expectedVersion", 0, "reason", "Søren Sørensen-Kierkegaard har plads i gruppeforløb"))
                .retrieve().toEntity(Map.class).getStatusCode().value()).isEqualTo(200);
        assertThat(sofie.post().uri("/api/cases/{id}/closing", caseId).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("expectedVersion", 1, "reason", "Kierkegaard er flyttet til " + cpr.substring(0, 6)))
                .retrieve().toEntity(Map.class).getStatusCode().value()).isEqualTo(200);

        try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().bootstrapServers(), Topics.CASE)) {
            for (String type : List.of("case.CaseOpened", "case.CaseTransferred", "case.GrantRejected",
                    "case.CaseClosed")) {
                probe.await(r -> citizen.toString().equals(r.key()) && codec.decode(r.value()).type().equals(type),
                        Duration.ofSeconds(20));
            }
            assertThat(probe.seen()).isNotEmpty().allSatisfy(record -> {
                String text = TopicProbe.text(record.value());
                assertThat(text).doesNotContain(cpr, cpr.replace("-", ""), "Kierkegaard", "Søren");
                assertThat(text).doesNotContainPattern("\\b\\d{6}-?\\d{4}\\b");
            });
        }
        String stored = jdbc.sql("SELECT string_agg(convert_from(payload, 'UTF8'), ' ') FROM domain_event_entry "
                        + "WHERE aggregate_identifier IN (?, ?)").params(caseId.toString(), grantId.toString())
                .query(String.class).single();
        assertThat(stored).as("the reasons stay in case-service, encrypted with the citizen's key")
                .contains("erasable:v1:").doesNotContain("Kierkegaard");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void neitherACprNumberNorANameIsEverLogged(CapturedOutput output) {
        String cpr = CaseApi.fakeCpr();
        UUID citizen = api.register(Persona.SOFIE_SOCIAL, cpr, "Vibeke Vindelev");
        sofie.post().uri("/api/citizens").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("cpr", cpr, "name", "Vibeke Vindelev")).retrieve().toEntity(String.class);
        sofie.post().uri("/api/citizens").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("cpr", "310499-9876", "name", "Vibeke Vindelev")).retrieve().toEntity(String.class);
        await().atMost(CaseApi.WAIT).until(() -> jdbc.sql("SELECT count(*) FROM citizen_view WHERE citizen_id = ?")
                .param(citizen).query(Long.class).single() == 1);
        sofie.post().uri("/api/citizens/lookup").contentType(MediaType.APPLICATION_JSON)
                .header("X-Purpose", "Opslag").body(Map.of("cpr", cpr)).retrieve().toEntity(String.class);
        sofie.post().uri("/api/citizens/lookup").contentType(MediaType.APPLICATION_JSON)
                .header("X-Purpose", "Opslag").body(Map.of("cpr", "010101-0101")).retrieve().toEntity(String.class);

        assertThat(output.getAll()).isNotEmpty()
                .doesNotContain(cpr, cpr.replace("-", ""), "310499-9876", "3104999876", "Vindelev");
    }

    private org.springframework.http.ResponseEntity<Map> erase(UUID citizen) {
        return TestApi.as(Persona.DORTE_DPO, port).post().uri("/api/citizens/{id}/erasure", citizen)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("legalBasis", "Databeskyttelsesforordningen art. 17")).retrieve().toEntity(Map.class);
    }
}
