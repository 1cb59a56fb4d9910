package dk.tvaers.offer;

import dk.tvaers.contracts.IntegrationEvent;
import dk.tvaers.contracts.IntegrationEventCodec;
import dk.tvaers.contracts.Topics;
import dk.tvaers.contracts.offer.v1.CitizenEnrolled;
import dk.tvaers.contracts.offer.v1.CitizenWaitlisted;
import dk.tvaers.contracts.offer.v1.EnrolmentEnded;
import dk.tvaers.contracts.offer.v1.SeatsExhausted;
import dk.tvaers.offer.catalog.api.Provider;
import dk.tvaers.offer.catalog.query.OfferCatalogProjection;
import dk.tvaers.offer.enrolment.query.EnrolmentProjection;
import dk.tvaers.platform.observability.ProjectionReplay;
import dk.tvaers.testsupport.Persona;
import dk.tvaers.testsupport.ServiceIntegrationTest;
import dk.tvaers.testsupport.TestApi;
import dk.tvaers.testsupport.TestInfrastructure;
import dk.tvaers.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dk.tvaers.offer.OfferApi.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Enrolment over HTTP on the real database and broker: capacity under load, the waiting list, punch cards, access. */
@ServiceIntegrationTest(properties = "spring.config.name=offer-service")
class EnrolmentIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventProcessingConfiguration processing;

    final IntegrationEventCodec codec = new IntegrationEventCodec();

    @Test
    @SuppressWarnings("rawtypes")
    void manyParallelEnrolmentsFillExactlyTheSeatsAndWaitlistTheRest() throws Exception {
        Provider provider = OfferApi.newProvider();
        UUID offerId = OfferApi.publish(port, Catalog.groupCourse().provider(provider).capacity(10).build(), null);
        List<UUID> citizens = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            citizens.add(Enrolments.citizenOf(port, Persona.SOFIE_SOCIAL));
        }

        List<ResponseEntity<Map>> responses = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(40);
        try {
            List<Callable<ResponseEntity<Map>>> calls = citizens.stream()
                    .<Callable<ResponseEntity<Map>>>map(c -> () -> Enrolments.enrol(port, Persona.SOFIE_SOCIAL, offerId, c))
                    .toList();
            for (Future<ResponseEntity<Map>> future : pool.invokeAll(calls)) {
                responses.add(future.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(responses).extracting(r -> r.getStatusCode().value()).containsOnly(201);
        assertThat(responses).filteredOn(r -> "ENROLLED".equals(r.getBody().get("status"))).hasSize(10);
        assertThat(responses).filteredOn(r -> "WAITLISTED".equals(r.getBody().get("status")))
                .extracting(r -> r.getBody().get("waitlistPosition"))
                .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, 30).boxed().toList());
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM domain_event_entry
                        WHERE aggregate_identifier = ? AND payload_type LIKE '%CitizenEnrolledEvent'""")
                .param(offerId.toString()).query(Long.class).single()).as("seats given in the event store").isEqualTo(10);
        await().atMost(WAIT).untilAsserted(() -> assertThat(OfferApi.offer(port, offerId))
                .containsEntry("seatsTaken", 10).containsEntry("freeSeats", 0).containsEntry("waiting", 30));
        try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().bootstrapServers(), Topics.OFFER)) {
            probe.await(r -> offerId.toString().equals(r.key()) && TopicProbe.text(r.value()).contains("SeatsExhausted"),
                    WAIT);
            await().atMost(WAIT).untilAsserted(() -> assertThat(decoded(probe, offerId)
                    .filter(e -> e.is(CitizenEnrolled.TYPE) || e.is(CitizenWaitlisted.TYPE)).count()).isEqualTo(40));
            assertThat(decoded(probe, offerId).filter(e -> e.is(SeatsExhausted.TYPE)).count()).isEqualTo(1);
            IntegrationEvent<?> enrolled = decoded(probe, offerId).filter(e -> e.is(CitizenEnrolled.TYPE)).findFirst()
                    .orElseThrow();
            assertThat(citizens).contains(enrolled.citizenId());
            assertThat(enrolled.payloadAs(CitizenEnrolled.TYPE).providerOrganisation())
                    .isEqualTo(provider.organisation());
            assertThat(enrolled.payloadAs(CitizenEnrolled.TYPE).referringSector()).isEqualTo("social-services");
        }
    }

    @Test
    void aSeatThatComesFreeGoesToTheFirstOnTheWaitingList() {
        UUID offerId = OfferApi.publish(port, Catalog.groupCourse().provider(OfferApi.newProvider()).capacity(1).build(),
                null);
        UUID first = Enrolments.enrolNewCitizen(port, offerId, Persona.SOFIE_SOCIAL);
        UUID second = Enrolments.enrolNewCitizen(port, offerId, Persona.SOFIE_SOCIAL);
        UUID third = Enrolments.enrolNewCitizen(port, offerId, Persona.SOFIE_SOCIAL);
        await().atMost(WAIT).untilAsserted(() -> assertThat(enrolment(third)).containsEntry("waitlistPosition", 2));

        var ended = post(Persona.SOFIE_SOCIAL, "/api/enrolments/" + first + "/end",
                Map.of("outcome", "discontinued"));

        assertThat(ended.getStatusCode().value()).isEqualTo(200);
        assertThat(ended.getBody()).containsEntry("status", "ENDED");
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(enrolment(second)).containsEntry("status", "ENROLLED").containsEntry("fromWaitlist", true);
            assertThat(enrolment(third)).containsEntry("status", "WAITLISTED").containsEntry("waitlistPosition", 1);
            assertThat(enrolment(first)).containsEntry("status", "ENDED").containsEntry("outcome", "DISCONTINUED");
        });
        UUID secondCitizen = UUID.fromString((String) enrolment(second).get("citizenId"));
        try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().bootstrapServers(), Topics.OFFER)) {
            var record = probe.await(r -> secondCitizen.toString().equals(r.key())
                    && TopicProbe.text(r.value()).contains("offer.CitizenEnrolled"), WAIT);
            assertThat(codec.decode(record.value()).payloadAs(CitizenEnrolled.TYPE).fromWaitlist()).isTrue();
        }
    }

    @Test
    void startEndAndCompletionAreRecordedAndTheEndIsPublished() {
        UUID offerId = OfferApi.publish(port, Catalog.groupCourse().provider(OfferApi.newProvider()).build(), null);
        UUID enrolment = Enrolments.enrolNewCitizen(port, offerId, Persona.SOFIE_SOCIAL);
        await().atMost(WAIT).until(() -> enrolment(enrolment) != null);

        assertThat(post(Persona.SOFIE_SOCIAL, "/api/enrolments/" + enrolment + "/complete", Map.of())
                .getStatusCode().value()).as("not started yet").isEqualTo(422);
        assertThat(post(Persona.SOFIE_SOCIAL, "/api/enrolments/" + enrolment + "/start", Map.of())
                .getBody()).containsEntry("status", "STARTED");
        assertThat(post(Persona.SOFIE_SOCIAL, "/api/enrolments/" + enrolment + "/complete", Map.of())
                .getBody()).containsEntry("status", "ENDED");

        await().atMost(WAIT).untilAsserted(() -> assertThat(enrolment(enrolment))
                .containsEntry("outcome", "COMPLETED").containsKey("startedOn").containsKey("plannedEndOn"));
        UUID citizen = UUID.fromString((String) enrolment(enrolment).get("citizenId"));
        try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().bootstrapServers(), Topics.OFFER)) {
            var record = probe.await(r -> citizen.toString().equals(r.key())
                    && TopicProbe.text(r.value()).contains("offer.EnrolmentEnded"), WAIT);
            IntegrationEvent<?> event = codec.decode(record.value());
            assertThat(event.citizenId()).isEqualTo(citizen);
            assertThat(event.payloadAs(EnrolmentEnded.TYPE).outcome()).isEqualTo("completed");
        }
    }

    @Test
    void aPunchCardIsCountedDownByTheProviderAndNeverBelowZero() {
        UUID offerId = OfferApi.publish(port, Catalog.punchCard().provider(new Provider("bosted-aaen", "Bostedet Aaen"))
                .punchCardVisits(2).build(), null);
        UUID enrolment = Enrolments.enrolNewCitizen(port, offerId, Persona.SOFIE_SOCIAL);
        await().atMost(WAIT).until(() -> enrolment(enrolment) != null);
        await().atMost(WAIT).until(() -> TestApi.as(Persona.BOSTED_PARTNER, port).get()
                .uri("/api/enrolments/{id}", enrolment).retrieve().toBodilessEntity().getStatusCode().value() == 200);

        assertThat(post(Persona.BOSTED_PARTNER, "/api/enrolments/" + enrolment + "/visits", Map.of()).getBody())
                .containsEntry("status", "ENROLLED");
        assertThat(post(Persona.BOSTED_PARTNER, "/api/enrolments/" + enrolment + "/visits", Map.of()).getBody())
                .as("the last visit completes the card").containsEntry("status", "ENDED");
        var third = post(Persona.SOFIE_SOCIAL, "/api/enrolments/" + enrolment + "/visits", Map.of());

        assertThat(third.getStatusCode().value()).isEqualTo(422);
        assertThat(third.getBody()).containsEntry("rule", "enrolment.no-visits-left");
        await().atMost(WAIT).untilAsserted(() -> assertThat(enrolment(enrolment))
                .containsEntry("visitsRemaining", 0).containsEntry("outcome", "COMPLETED"));
    }

    @Test
    void onlyThoseWhoWorkWithTheCitizenSeeOrChangeTheirEnrolments() {
        UUID offerId = OfferApi.publish(port, Catalog.groupCourse().provider(OfferApi.newProvider()).build(), null);
        UUID citizen = Enrolments.citizenOf(port, Persona.SOFIE_SOCIAL);

        assertThat(Enrolments.enrol(port, Persona.JONAS_JOB, offerId, citizen).getStatusCode().value())
                .as("another sector, no case").isEqualTo(404);
        assertThat(Enrolments.enrol(port, Persona.EVA_OTHER_MUNICIPALITY, offerId, citizen).getStatusCode().value())
                .as("another municipality").isEqualTo(404);
        assertThat(Enrolments.enrol(port, Persona.MORTEN_MANAGEMENT, offerId, citizen).getStatusCode().value())
                .as("management").isEqualTo(403);
        var enrolled = Enrolments.enrol(port, Persona.SOFIE_SOCIAL, offerId, citizen);
        assertThat(enrolled.getStatusCode().value()).isEqualTo(201);
        UUID enrolment = UUID.fromString((String) enrolled.getBody().get("enrolmentId"));
        await().atMost(WAIT).until(() -> enrolment(enrolment) != null);

        for (Persona outsider : List.of(Persona.JONAS_JOB, Persona.EVA_OTHER_MUNICIPALITY, Persona.MORTEN_MANAGEMENT,
                Persona.BOSTED_PARTNER, Persona.DORTE_DPO)) {
            assertThat(TestApi.as(outsider, port).get().uri("/api/enrolments/{id}", enrolment).retrieve()
                    .toBodilessEntity().getStatusCode().value()).as(outsider.userId()).isEqualTo(404);
            assertThat(TestApi.as(outsider, port).get().uri("/api/offers/{id}/enrolments", offerId).retrieve()
                    .body(List.class)).as(outsider.userId()).isEmpty();
        }
        assertThat(post(Persona.JONAS_JOB, "/api/enrolments/" + enrolment + "/start", Map.of()).getStatusCode()
                .value()).isEqualTo(404);
        assertThat(TestApi.as(Persona.LENE_TEAM_LEADER, port).get().uri("/api/offers/{id}/enrolments", offerId)
                .retrieve().body(List.class)).as("the same sector's team leader").hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE citizen_id = ?").param(citizen).query(Long.class)
                .single()).as("reads and changes of the citizen's enrolments are audit-logged").isPositive();
    }

    @Test
    void aRetriedEnrolmentWithTheSameIdempotencyKeyEnrolsOnce() {
        UUID offerId = OfferApi.publish(port, Catalog.groupCourse().provider(OfferApi.newProvider()).build(), null);
        UUID citizen = Enrolments.citizenOf(port, Persona.SOFIE_SOCIAL);
        String key = UUID.randomUUID().toString();

        List<Object> ids = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            var response = TestApi.as(Persona.SOFIE_SOCIAL, port).post().uri("/api/enrolments")
                    .contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", key)
                    .body(Map.of("offerId", offerId, "citizenId", citizen)).retrieve().toEntity(Map.class);
            assertThat(response.getStatusCode().value()).isEqualTo(201);
            ids.add(response.getBody().get("enrolmentId"));
        }

        assertThat(ids.get(1)).isEqualTo(ids.get(0));
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM domain_event_entry
                        WHERE aggregate_identifier = ? AND payload_type LIKE '%CitizenEnrolledEvent'""")
                .param(offerId.toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void badEnrolmentsAreProblemsNamingTheField() {
        var notAUuid = TestApi.as(Persona.SOFIE_SOCIAL, port).post().uri("/api/enrolments")
                .contentType(MediaType.APPLICATION_JSON).body("{\"offerId\": \"nope\", \"citizenId\": \"x\"}")
                .retrieve().toEntity(Map.class);
        assertThat(notAUuid.getStatusCode().value()).isEqualTo(400);
        assertThat(notAUuid.getBody().get("errors").toString()).contains("field=offerId");

        var missing = TestApi.as(Persona.SOFIE_SOCIAL, port).post().uri("/api/enrolments")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("offerId", UUID.randomUUID()))
                .retrieve().toEntity(Map.class);
        assertThat(missing.getStatusCode().value()).isEqualTo(400);
        assertThat(missing.getBody().get("errors").toString()).contains("field=citizenId");

        UUID citizen = Enrolments.citizenOf(port, Persona.SOFIE_SOCIAL);
        assertThat(Enrolments.enrol(port, Persona.SOFIE_SOCIAL, UUID.randomUUID(), citizen).getStatusCode().value())
                .as("no such offer").isEqualTo(404);
        var badOutcome = post(Persona.SOFIE_SOCIAL, "/api/enrolments/" + UUID.randomUUID() + "/end",
                Map.of("outcome", "vanished"));
        assertThat(badOutcome.getStatusCode().value()).isEqualTo(400);
        assertThat(badOutcome.getBody().get("errors").toString()).contains("field=outcome");
    }

    @Test
    void onlySomeoneWorkingInASectorOfAnOrganisationEnrolsACitizen() {
        UUID offerId = OfferApi.publish(port, Catalog.groupCourse().provider(OfferApi.newProvider()).build(), null);
        UUID citizen = Enrolments.citizenOf(port, Persona.SOFIE_SOCIAL);
        Persona noSector = new Persona("lene.leder", "Lene Lund", List.of("team-leader"), null, "holstebro", null);
        Persona noOrganisation = new Persona("sofie.social", "Sofie Sørensen", List.of("caseworker", "coordinator"),
                "social-services", null, "voksen-holstebro");

        for (Persona persona : List.of(noSector, noOrganisation)) {
            var response = Enrolments.enrol(port, persona, offerId, citizen);
            assertThat(response.getStatusCode().value()).as(String.valueOf(persona)).isEqualTo(422);
            assertThat(response.getBody()).containsEntry("rule", "enrolment.actor-without-sector");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                        + " AND payload_type LIKE '%CitizenEnrolledEvent'")
                .param(offerId.toString()).query(Long.class).single()).as("no one was enrolled").isZero();
    }

    @Test
    void aStartedEnrolmentCannotBeWithdrawnOnlyDiscontinued() {
        UUID offerId = OfferApi.publish(port, Catalog.groupCourse().provider(OfferApi.newProvider()).build(), null);
        UUID enrolment = Enrolments.enrolNewCitizen(port, offerId, Persona.SOFIE_SOCIAL);
        await().atMost(WAIT).until(() -> enrolment(enrolment) != null);
        assertThat(post(Persona.SOFIE_SOCIAL, "/api/enrolments/" + enrolment + "/start", Map.of())
                .getBody()).containsEntry("status", "STARTED");

        var withdrawn = post(Persona.SOFIE_SOCIAL, "/api/enrolments/" + enrolment + "/end",
                Map.of("outcome", "withdrawn"));
        assertThat(withdrawn.getStatusCode().value()).isEqualTo(422);
        assertThat(withdrawn.getBody()).containsEntry("rule", "enrolment.started-completes-or-discontinues");
        assertThat(post(Persona.SOFIE_SOCIAL, "/api/enrolments/" + enrolment + "/end",
                Map.of("outcome", "discontinued")).getBody()).containsEntry("status", "ENDED");
    }

    @Test
    void replayingTheProjectionsRebuildsTheSameCatalogAndEnrolments() {
        UUID offerId = OfferApi.publish(port, Catalog.groupCourse().provider(OfferApi.newProvider()).capacity(1).build(),
                null);
        UUID first = Enrolments.enrolNewCitizen(port, offerId, Persona.SOFIE_SOCIAL);
        UUID second = Enrolments.enrolNewCitizen(port, offerId, Persona.SOFIE_SOCIAL);
        post(Persona.SOFIE_SOCIAL, "/api/enrolments/" + first + "/end", Map.of("outcome", "discontinued"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(enrolment(second)).containsEntry("status", "ENROLLED"));
        List<Map<String, Object>> before = readModels();

        ProjectionReplay.replay(processing, OfferCatalogProjection.GROUP);
        ProjectionReplay.replay(processing, EnrolmentProjection.GROUP);

        await().atMost(WAIT).untilAsserted(() -> assertThat(readModels()).isEqualTo(before));
    }

    private List<Map<String, Object>> readModels() {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.addAll(jdbc.sql("""
                        SELECT offer_id, version, status, title, details::text, prices::text, double_billed::text,
                               published_at, changed_at FROM offer ORDER BY offer_id""").query().listOfRows());
        rows.addAll(jdbc.sql("SELECT * FROM offer_version ORDER BY offer_id, version").query().listOfRows());
        rows.addAll(jdbc.sql("SELECT * FROM enrolment ORDER BY enrolment_id").query().listOfRows());
        return rows;
    }

    private java.util.stream.Stream<IntegrationEvent<?>> decoded(TopicProbe probe, UUID offerId) {
        return probe.seen().stream().map(ConsumerRecord::value).map(codec::decode)
                .filter(e -> offerIdOf(e) != null && offerIdOf(e).equals(offerId));
    }

    private static UUID offerIdOf(IntegrationEvent<?> event) {
        if (event.is(CitizenEnrolled.TYPE)) {
            return event.payloadAs(CitizenEnrolled.TYPE).offerId();
        }
        if (event.is(CitizenWaitlisted.TYPE)) {
            return event.payloadAs(CitizenWaitlisted.TYPE).offerId();
        }
        if (event.is(SeatsExhausted.TYPE)) {
            return event.payloadAs(SeatsExhausted.TYPE).offerId();
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> enrolment(UUID enrolmentId) {
        var response = TestApi.as(Persona.SOFIE_SOCIAL, port).get().uri("/api/enrolments/{id}", enrolmentId)
                .retrieve().toEntity(Map.class);
        return response.getStatusCode().value() == 200 ? response.getBody() : null;
    }

    @SuppressWarnings("rawtypes")
    private ResponseEntity<Map> post(Persona persona, String path, Map<String, Object> body) {
        RestClient http = TestApi.as(persona, port);
        return http.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(Map.class);
    }
}
