package dk.tvaers.platform.privacy;

import dk.tvaers.contracts.Topics;
import dk.tvaers.platform.security.Actor;
import dk.tvaers.testsupport.Persona;
import dk.tvaers.testsupport.ServiceIntegrationTest;
import dk.tvaers.testsupport.TestApi;
import dk.tvaers.testsupport.TestEvents;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Who may see a citizen follows the case and consent events; every read of personal data is in a
 * tamper-evident audit log the DPO can query; a client never learns that a citizen it may not see exists.
 */
@ServiceIntegrationTest
class AccessAndAuditIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Autowired
    CitizenAccess access;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog auditLog;

    @Autowired
    PersonalDataEndpoints endpoints;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Test
    void aSectorSeesACitizenOnlyWhileItsCaseIsOpen() {
        UUID citizen = UUID.randomUUID();
        assertThat(status(Persona.SOFIE_SOCIAL, "/api/notes/" + citizen)).as("no case yet").isEqualTo(404);

        UUID caseId = TestEvents.caseOpened(citizen, Persona.SOFIE_SOCIAL);
        awaitWorksWith(Persona.SOFIE_SOCIAL, citizen);

        assertThat(status(Persona.SOFIE_SOCIAL, "/api/notes/" + citizen)).isEqualTo(200);
        assertThat(status(Persona.LENE_TEAM_LEADER, "/api/notes/" + citizen)).as("same sector").isEqualTo(200);
        assertThat(status(Persona.JONAS_JOB, "/api/notes/" + citizen)).as("another sector").isEqualTo(404);
        assertThat(status(Persona.EVA_OTHER_MUNICIPALITY, "/api/notes/" + citizen)).as("another organisation")
                .isEqualTo(404);
        assertThat(status(Persona.MORTEN_MANAGEMENT, "/api/notes/" + citizen)).as("management").isEqualTo(404);
        assertThat(status(Persona.BOSTED_PARTNER, "/api/notes/" + citizen)).as("partner not party").isEqualTo(404);

        TestEvents.caseClosed(citizen, caseId, Persona.SOFIE_SOCIAL);
        await().atMost(WAIT).until(() -> !access.worksWith(actor(Persona.SOFIE_SOCIAL), citizen));
        assertThat(status(Persona.SOFIE_SOCIAL, "/api/notes/" + citizen)).isEqualTo(404);
    }

    @Test
    void aMalformedEventDoesNotHoldUpTheDirectory() {
        UUID citizen = UUID.randomUUID();
        kafka.send(new ProducerRecord<>(Topics.CASE, citizen.toString(),
                "{\"type\": \"case.CaseOpened\", broken".getBytes(StandardCharsets.UTF_8))).join();

        TestEvents.caseOpened(citizen, Persona.ANNA_ADDICTION);

        awaitWorksWith(Persona.ANNA_ADDICTION, citizen);
    }

    @Test
    void anotherSectorsInformationFollowsTheCitizensConsent() {
        UUID citizen = UUID.randomUUID();
        TestEvents.caseOpened(citizen, Persona.SOFIE_SOCIAL);
        TestEvents.caseOpened(citizen, Persona.JONAS_JOB);
        awaitWorksWith(Persona.SOFIE_SOCIAL, citizen);
        awaitWorksWith(Persona.JONAS_JOB, citizen);
        addNote(Persona.SOFIE_SOCIAL, citizen, "Vil gerne bo i egen lejlighed");
        addNote(Persona.JONAS_JOB, citizen, "Praktik i genbrugsbutik");

        assertThat(texts(Persona.JONAS_JOB, citizen)).containsExactly("Praktik i genbrugsbutik");

        UUID consent = TestEvents.consentGiven(citizen, List.of("jobcenter", "social-services"), List.of("notes"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(texts(Persona.JONAS_JOB, citizen))
                .containsExactlyInAnyOrder("Praktik i genbrugsbutik", "Vil gerne bo i egen lejlighed"));

        TestEvents.consentWithdrawn(citizen, consent);
        await().atMost(WAIT).untilAsserted(() -> assertThat(texts(Persona.JONAS_JOB, citizen))
                .containsExactly("Praktik i genbrugsbutik"));
    }

    @Test
    void aPartnerSeesOnlyCitizensEnrolledOnItsOffersAndOnlyShared() {
        UUID citizen = UUID.randomUUID();
        Actor partner = actor(Persona.BOSTED_PARTNER);
        UUID enrolment = TestEvents.citizenEnrolled(citizen, "bosted-aaen", "social-services");

        await().atMost(WAIT).until(() -> access.canRead(partner, citizen, null, "plan"));
        assertThat(access.canRead(partner, citizen, "social-services", "enrolments")).as("the enrolment on its own offer").isTrue();
        assertThat(access.canRead(partner, citizen, "social-services", "cases")).as("a sector's case").isFalse();
        assertThat(access.citizensOf(partner)).contains(citizen);
        assertThat(access.worksWith(partner, citizen)).as("a partner never changes casework").isFalse();

        TestEvents.enrolmentEnded(citizen, enrolment, "bosted-aaen");
        await().atMost(WAIT).until(() -> !access.canRead(partner, citizen, null, "plan"));
    }

    @Test
    void theDesignatedCoordinatorWorksWithTheCitizen() {
        UUID citizen = UUID.randomUUID();
        TestEvents.caseOpened(citizen, Persona.JONAS_JOB);
        TestEvents.coordinatorDesignated(citizen, Persona.SOFIE_SOCIAL);

        awaitWorksWith(Persona.SOFIE_SOCIAL, citizen);
        assertThat(access.citizensOf(actor(Persona.SOFIE_SOCIAL))).contains(citizen);

        TestEvents.coordinatorNeeded(citizen, Persona.SOFIE_SOCIAL);
        await().atMost(WAIT).until(() -> !access.worksWith(actor(Persona.SOFIE_SOCIAL), citizen));
    }

    @Test
    void everyReadOfPersonalDataIsLoggedWithWhoWhomWhatAndWhy() {
        UUID citizen = UUID.randomUUID();
        TestEvents.caseOpened(citizen, Persona.SOFIE_SOCIAL);
        awaitWorksWith(Persona.SOFIE_SOCIAL, citizen);

        var response = TestApi.as(Persona.SOFIE_SOCIAL, port).get().uri("/api/notes/{id}", citizen)
                .header("X-Purpose", java.net.URLEncoder.encode("Forberedelse af opfølgning",
                        java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20")).retrieve().toEntity(String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);

        var entries = auditLog.find(citizen, null, null, null, 10);
        assertThat(entries).singleElement().satisfies(stored -> {
            AuditEntry entry = stored.entry();
            assertThat(entry.actorId()).isEqualTo("sofie.social");
            assertThat(entry.actorRoles()).contains("caseworker");
            assertThat(entry.organisation()).isEqualTo("holstebro");
            assertThat(entry.kind()).isEqualTo(AccessKind.READ);
            assertThat(entry.category()).isEqualTo("notes");
            assertThat(entry.purpose()).isEqualTo("Forberedelse af opfølgning");
            assertThat(entry.resource()).isEqualTo("GET /api/notes/" + citizen);
        });
        assertThat(status(Persona.JONAS_JOB, "/api/notes/" + citizen)).isEqualTo(404);
        assertThat(auditLog.find(citizen, "jonas.job", null, null, 10)).as("a refused read shows nothing").isEmpty();
    }

    @Test
    void aSearchIsLoggedWithItsCriteriaForEveryCitizenItFound() {
        UUID citizen = UUID.randomUUID();
        TestEvents.caseOpened(citizen, Persona.ANNA_ADDICTION);
        awaitWorksWith(Persona.ANNA_ADDICTION, citizen);
        addNote(Persona.ANNA_ADDICTION, citizen, "Tilbagefald efter 0101901234 blev nævnt");

        var found = TestApi.as(Persona.ANNA_ADDICTION, port).get().uri("/api/notes?text=Tilbagefald")
                .retrieve().body(List.class);

        assertThat(found).hasSize(1);
        assertThat(auditLog.find(citizen, "anna.misbrug", null, null, 10))
                .anySatisfy(stored -> {
                    assertThat(stored.entry().kind()).isEqualTo(AccessKind.SEARCH);
                    assertThat(stored.entry().criteria()).isEqualTo("text=Tilbagefald");
                });
        assertThat(PersonalDataAuditAspect.mask("cpr=0101901234&x=1")).isEqualTo("cpr=010190-XXXX&x=1");
    }

    @Test
    void theAuditLogIsAppendOnlyAndItsChainShowsTampering() {
        UUID citizen = UUID.randomUUID();
        TestEvents.caseOpened(citizen, Persona.SOFIE_SOCIAL);
        awaitWorksWith(Persona.SOFIE_SOCIAL, citizen);
        status(Persona.SOFIE_SOCIAL, "/api/notes/" + citizen);

        assertThat(auditLog.verify().intact()).isTrue();
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_log SET purpose = 'nothing to see' WHERE citizen_id = ?")
                .param(citizen).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log WHERE citizen_id = ?").param(citizen).update())
                .hasMessageContaining("append-only");

        jdbc.sql("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_or_delete").update();
        try {
            jdbc.sql("UPDATE audit_log SET actor_id = 'someone-else' WHERE citizen_id = ?").param(citizen).update();
            AuditLog.Verification verification = auditLog.verify();
            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBrokenSeq()).isNotNull();
        } finally {
            jdbc.sql("UPDATE audit_log SET actor_id = 'sofie.social' WHERE citizen_id = ?").param(citizen).update();
            jdbc.sql("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_or_delete").update();
        }
        assertThat(auditLog.verify().intact()).isTrue();
    }

    @Test
    void theDpoExportsACitizensAccessHistoryAndOnlyTheDpo() {
        UUID citizen = UUID.randomUUID();
        TestEvents.caseOpened(citizen, Persona.SOFIE_SOCIAL);
        awaitWorksWith(Persona.SOFIE_SOCIAL, citizen);
        status(Persona.SOFIE_SOCIAL, "/api/notes/" + citizen);

        var export = TestApi.as(Persona.DORTE_DPO, port).get()
                .uri("/api/audit/platform-test/citizens/{id}/export", citizen).retrieve().toEntity(List.class);
        assertThat(export.getStatusCode().value()).isEqualTo(200);
        assertThat(export.getBody().toString()).contains("sofie.social", "notes", "sagsbehandling");
        assertThat(auditLog.find(citizen, "dorte.dpo", null, null, 10)).as("the export is logged too")
                .anySatisfy(stored -> assertThat(stored.entry().kind()).isEqualTo(AccessKind.EXPORT));

        assertThat(status(Persona.SOFIE_SOCIAL, "/api/audit/platform-test/citizens/" + citizen + "/export"))
                .isEqualTo(403);
        Map<String, Object> verify = TestApi.as(Persona.DORTE_DPO, port).get().uri("/api/audit/platform-test/verify")
                .retrieve().body(Map.class);
        assertThat(verify).containsEntry("intact", true);
    }

    @Test
    void aDpoAnswersForTheirOwnOrganisationOnly() {
        UUID citizen = UUID.randomUUID();
        TestEvents.caseOpened(citizen, Persona.SOFIE_SOCIAL);
        awaitWorksWith(Persona.SOFIE_SOCIAL, citizen);
        status(Persona.SOFIE_SOCIAL, "/api/notes/" + citizen);
        Persona egedalDpo = new Persona("erik.dpo", "Erik Egelund", List.of("dpo"), null, "egedal", null);

        List<?> holstebro = TestApi.as(Persona.DORTE_DPO, port).get()
                .uri("/api/audit/platform-test/entries?citizenId={id}", citizen).retrieve().body(List.class);
        List<?> egedal = TestApi.as(egedalDpo, port).get()
                .uri("/api/audit/platform-test/entries?citizenId={id}", citizen).retrieve().body(List.class);

        assertThat(holstebro).isNotEmpty();
        assertThat(egedal).as("another municipality's DPO sees nothing of Holstebro's citizen").isEmpty();
        assertThat(status(egedalDpo, "/api/audit/platform-test/citizens/" + citizen + "/export")).isEqualTo(404);
        assertThat(TestApi.as(egedalDpo, port).get().uri("/api/audit/platform-test/entries").retrieve()
                .body(List.class).toString()).doesNotContain("sofie.social");
    }

    @Test
    void everyApiEndpointDeclaresWhetherItTouchesPersonalData() {
        assertThat(endpoints.undeclared()).isEmpty();
        assertThat(endpoints.personal()).isNotEmpty();
    }

    private void addNote(Persona persona, UUID citizen, String text) {
        var response = TestApi.as(persona, port).post().uri("/api/notes").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("citizenId", citizen, "text", text)).retrieve().toEntity(String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        await().atMost(WAIT).until(() -> jdbc.sql("SELECT count(*) FROM note_view WHERE text = ?").param(text)
                .query(Long.class).single() == 1);
    }

    @SuppressWarnings("unchecked")
    private List<String> texts(Persona persona, UUID citizen) {
        List<Map<String, Object>> notes = TestApi.as(persona, port).get().uri("/api/notes/{id}", citizen)
                .retrieve().body(List.class);
        return notes.stream().map(note -> (String) note.get("text")).toList();
    }

    private int status(Persona persona, String path) {
        return TestApi.as(persona, port).get().uri(path).retrieve().toEntity(String.class).getStatusCode().value();
    }

    private void awaitWorksWith(Persona persona, UUID citizen) {
        await().atMost(WAIT).until(() -> access.worksWith(actor(persona), citizen));
    }

    static Actor actor(Persona persona) {
        return new Actor(persona.userId(), persona.name(), new LinkedHashSet<>(persona.roles()), persona.sector(),
                persona.organisation(), persona.team());
    }
}
