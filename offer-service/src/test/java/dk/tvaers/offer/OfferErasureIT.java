package dk.tvaers.offer;

import dk.tvaers.platform.domain.DanishTime;
import dk.tvaers.contracts.IntegrationEventCodec;
import dk.tvaers.contracts.Topics;
import dk.tvaers.contracts.offer.v1.CitizenEnrolled;
import dk.tvaers.contracts.offer.v1.EnrolmentEnded;
import dk.tvaers.offer.catalog.api.Provider;
import dk.tvaers.offer.enrolment.query.EnrolmentProjection;
import dk.tvaers.testsupport.ErasureChecks;
import dk.tvaers.testsupport.Persona;
import dk.tvaers.testsupport.ServiceIntegrationTest;
import dk.tvaers.testsupport.TestApi;
import dk.tvaers.testsupport.TestEvents;
import dk.tvaers.testsupport.TestInfrastructure;
import dk.tvaers.testsupport.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static dk.tvaers.offer.OfferApi.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The right to erasure in offer-service. An enrolment holds no free text, only the citizen's pseudonymous id, the
 * offer, dates, codes and counts, so there is nothing to encrypt: the events say nothing of the citizen once
 * case-service has shredded who the id was. On case-service's {@code case.CitizenErased} the citizen's enrolments
 * are gone from the read model and from every answer of the API (a 404, for the caseworker and the provider
 * alike), a full replay of every projection brings nothing back, and the seats and waiting places they held pass
 * on to the next in line, so another citizen waiting behind them gets the seat and everything else of theirs is
 * as it was.
 */
@ServiceIntegrationTest(properties = "spring.config.name=offer-service")
class OfferErasureIT {

    private static final Duration REPLAY = Duration.ofMinutes(3);
    /** Tables with a citizen id that erasure leaves: the erasure itself, the audit log and its case facts. */
    /** What an enrolment event may hold besides numbers and booleans: ids, dates, codes and enum names. */
    private static final Pattern ID_DATE_OR_CODE = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\\d{4}-\\d{2}-\\d{2}|[a-z][a-z0-9.-]*|[A-Z_]+");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    final IntegrationEventCodec codec = new IntegrationEventCodec();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** A course with one seat the erased citizen holds and the other waits for. */
    UUID course;
    /** A punch card both use. */
    UUID punchCard;
    /** A service package with one seat the other holds and the erased citizen waits for. */
    UUID servicePackage;
    /** Support both have completed. */
    UUID support;

    @Test
    void anErasedCitizensEnrolmentsAreGoneEvenAfterAFullReplayAndTheirSeatsPassOn() {
        UUID erased = Enrolments.citizenOf(port, Persona.SOFIE_SOCIAL);
        UUID kept = Enrolments.citizenOf(port, Persona.SOFIE_SOCIAL);
        Provider elsewhere = OfferApi.newProvider();
        course = OfferApi.publish(port, Catalog.groupCourse().provider(Catalog.BOSTED_AAEN).capacity(1).build(), null);
        punchCard = OfferApi.publish(port, Catalog.punchCard().provider(Catalog.BOSTED_AAEN).punchCardVisits(3)
                .build(), null);
        servicePackage = OfferApi.publish(port, Catalog.servicePackage().provider(elsewhere).capacity(1).build(), null);
        support = OfferApi.publish(port, Catalog.individualSupport().provider(elsewhere).build(), null);

        Map<UUID, UUID> erasedOn = new LinkedHashMap<>();
        Map<UUID, UUID> keptOn = new LinkedHashMap<>();
        erasedOn.put(course, enrol(erased, course, "ENROLLED"));
        keptOn.put(course, enrol(kept, course, "WAITLISTED"));
        keptOn.put(servicePackage, enrol(kept, servicePackage, "ENROLLED"));
        erasedOn.put(servicePackage, enrol(erased, servicePackage, "WAITLISTED"));
        for (UUID citizen : List.of(erased, kept)) {
            Map<UUID, UUID> on = citizen.equals(erased) ? erasedOn : keptOn;
            on.put(punchCard, enrol(citizen, punchCard, "ENROLLED"));
            on.put(support, enrol(citizen, support, "ENROLLED"));
            ok(post(Persona.SOFIE_SOCIAL, "/api/enrolments/" + on.get(support) + "/start"));
            ok(post(Persona.SOFIE_SOCIAL, "/api/enrolments/" + on.get(support) + "/complete"));
            UUID card = on.get(punchCard);
            await().atMost(WAIT).until(() -> status(Persona.BOSTED_PARTNER, "/api/enrolments/" + card) == 200);
            ok(post(Persona.BOSTED_PARTNER, "/api/enrolments/" + card + "/visits"));
        }
        ok(post(Persona.SOFIE_SOCIAL, "/api/enrolments/" + keptOn.get(servicePackage) + "/start"));
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(whatTheServiceTells(erased, erasedOn).toString()).contains("visitsRemaining=2", "COMPLETED",
                    "waitlistPosition=1");
            assertThat(whatTheServiceTells(kept, keptOn).toString()).contains("visitsRemaining=2", "COMPLETED",
                    "waitlistPosition=1", "STARTED");
            assertThat(seats()).isEqualTo(Map.of(course, List.of(1, 1), punchCard, List.of(2, 0),
                    servicePackage, List.of(1, 1), support, List.of(0, 0)));
        });
        Map<String, Object> keptBefore = whatTheServiceTells(kept, keptOn);
        assertThat(whatTheServiceTells(erased, erasedOn).get("as the provider " + erasedOn.get(course)))
                .as("the provider is party to the citizen on its course").isNotEqualTo(404);
        assertThat(theirEnrolmentEvents(erased)).as("the events hold ids, dates, codes and numbers only")
                .hasSizeGreaterThanOrEqualTo(7)
                .allSatisfy(payload -> assertThat(textsIn(JSON.readTree(payload))).as(payload)
                        .allMatch(text -> ID_DATE_OR_CODE.matcher(text).matches()));

        TestEvents.citizenErased(erased);

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(rowsOf(erased)).isEmpty();
            assertThat(seats()).as("the erased citizen's seats pass on to the next in line").isEqualTo(Map.of(
                    course, List.of(1, 0), punchCard, List.of(1, 0), servicePackage, List.of(1, 0),
                    support, List.of(0, 0)));
        });
        assertGone(erased, erasedOn);
        Map<String, Object> keptAfter = whatTheServiceTells(kept, keptOn);
        Map<String, Object> promoted = enrolment(keptOn.get(course));
        assertThat(promoted).as("the seat on the course came to the one waiting for it")
                .containsEntry("status", "ENROLLED").containsEntry("fromWaitlist", true)
                .containsEntry("enrolledOn", DanishTime.today().toString())
                .satisfies(e -> assertThat(e.get("waitlistPosition")).isNull());
        assertThat(without(keptAfter, course, keptOn.get(course))).as("the rest of the other citizen is as it was")
                .isEqualTo(without(keptBefore, course, keptOn.get(course)));
        assertThat(jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8')::jsonb ->> 'outcome' FROM domain_event_entry
                        WHERE payload_type LIKE '%EnrolmentEndedEvent'
                          AND convert_from(payload, 'UTF8')::jsonb ->> 'citizenId' = ?""")
                .param(erased.toString()).query(String.class).list())
                .as("the aggregate let go of every seat and place the citizen held")
                .containsExactlyInAnyOrder("COMPLETED", "CITIZEN_ERASED", "CITIZEN_ERASED", "CITIZEN_ERASED");
        try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().bootstrapServers(), Topics.OFFER)) {
            UUID promotedId = keptOn.get(course);
            probe.await(r -> kept.toString().equals(r.key()) && codec.decode(r.value()).is(CitizenEnrolled.TYPE)
                    && codec.decode(r.value()).payloadAs(CitizenEnrolled.TYPE).enrolmentId().equals(promotedId), WAIT);
            assertThat(probe.seen()).filteredOn(r -> erased.toString().equals(r.key()))
                    .extracting(r -> codec.decode(r.value()).type())
                    .as("the ends by erasure, published before the seat passed on, were not announced")
                    .containsOnlyOnce(EnrolmentEnded.TYPE.name());
        }

        List<String> replayed = ErasureChecks.replayEveryProjection(TestApi.as(Persona.OPERATOR, port));

        assertThat(replayed).contains(EnrolmentProjection.GROUP);
        await().atMost(REPLAY).untilAsserted(() -> {
            assertThat(whatTheServiceTells(kept, keptOn)).as("the other citizen, rebuilt").isEqualTo(keptAfter);
            assertThat(ErasureChecks.projections(TestApi.as(Persona.OPERATOR, port))).allSatisfy((name, view) -> assertThat(view.get("replaying")).as(name)
                    .isEqualTo(false));
        });
        assertThat(rowsOf(erased)).as("nothing of the erased citizen came back").isEmpty();
        assertGone(erased, erasedOn);
        assertThat(seats()).isEqualTo(Map.of(course, List.of(1, 0), punchCard, List.of(1, 0),
                servicePackage, List.of(1, 0), support, List.of(0, 0)));
        assertThat(jdbc.sql("SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier IN (?, ?, ?, ?)")
                .params(course.toString(), punchCard.toString(), servicePackage.toString(), support.toString())
                .query(Long.class).single()).as("offers are not snapshotted").isZero();
        assertThat(theirEnrolmentEvents(erased)).allSatisfy(payload -> assertThat(textsIn(JSON.readTree(payload)))
                .as(payload).allMatch(text -> ID_DATE_OR_CODE.matcher(text).matches()));
    }

    /** Enrols the citizen as their caseworker and returns the enrolment's id. */
    private UUID enrol(UUID citizen, UUID offer, String expectedStatus) {
        ResponseEntity<Map> response = Enrolments.enrol(port, Persona.SOFIE_SOCIAL, offer, citizen);
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(201);
        assertThat(response.getBody()).containsEntry("status", expectedStatus);
        return UUID.fromString((String) response.getBody().get("enrolmentId"));
    }

    /**
     * Everything the API answers about the citizen's enrolments: their list and each enrolment as their caseworker
     * sees it, each as the provider of the course and the punch card sees it, and the citizen on each offer's list.
     */
    private Map<String, Object> whatTheServiceTells(UUID citizen, Map<UUID, UUID> enrolments) {
        Map<String, Object> told = new LinkedHashMap<>();
        ResponseEntity<Object> list = TestApi.as(Persona.SOFIE_SOCIAL, port).get()
                .uri("/api/enrolments?citizenId={c}", citizen).retrieve().toEntity(Object.class);
        told.put("the citizen's enrolments", list.getStatusCode().value() == 200 ? list.getBody()
                : list.getStatusCode().value());
        enrolments.forEach((offer, enrolment) -> {
            told.put("as the caseworker " + enrolment, read(Persona.SOFIE_SOCIAL, enrolment));
            told.put("as the provider " + enrolment, read(Persona.BOSTED_PARTNER, enrolment));
            told.put("on the offer " + offer, TestApi.as(Persona.SOFIE_SOCIAL, port).get()
                    .uri("/api/offers/{o}/enrolments?includeEnded=true", offer).retrieve().body(LIST).stream()
                    .filter(e -> citizen.toString().equals(e.get("citizenId"))).toList());
        });
        return told;
    }

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
            new ParameterizedTypeReference<>() { };

    private Object read(Persona persona, UUID enrolment) {
        ResponseEntity<Map> response = TestApi.as(persona, port).get().uri("/api/enrolments/{id}", enrolment)
                .retrieve().toEntity(Map.class);
        return response.getStatusCode().value() == 200 ? response.getBody() : response.getStatusCode().value();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> enrolment(UUID enrolment) {
        return (Map<String, Object>) read(Persona.SOFIE_SOCIAL, enrolment);
    }

    /** What the service tells, but for one enrolment and its offer. */
    private static Map<String, Object> without(Map<String, Object> told, UUID offer, UUID enrolment) {
        Map<String, Object> rest = new LinkedHashMap<>(told);
        rest.keySet().removeIf(key -> key.endsWith(" " + enrolment) || key.endsWith(" " + offer));
        rest.remove("the citizen's enrolments");
        rest.put("the citizen's enrolments", told.get("the citizen's enrolments") instanceof List<?> all
                ? all.stream().filter(e -> !enrolment.toString().equals(((Map<?, ?>) e).get("enrolmentId"))).toList()
                : told.get("the citizen's enrolments"));
        return rest;
    }

    /** Every answer is a 404 (the provider's too), and the citizen is on no offer's list. */
    private void assertGone(UUID citizen, Map<UUID, UUID> enrolments) {
        assertThat(whatTheServiceTells(citizen, enrolments)).allSatisfy((what, told) -> assertThat(told).as(what)
                .satisfiesAnyOf(value -> assertThat(value).isEqualTo(404),
                        value -> assertThat(value).isEqualTo(List.of())));
    }

    /** Seats taken and citizens waiting on each of the test's offers, as the catalog shows them. */
    private Map<UUID, List<Integer>> seats() {
        Map<UUID, List<Integer>> seats = new LinkedHashMap<>();
        for (UUID offer : List.of(course, punchCard, servicePackage, support)) {
            Map<String, Object> shown = OfferApi.offer(port, offer);
            seats.put(offer, List.of((Integer) shown.get("seatsTaken"), (Integer) shown.get("waiting")));
        }
        return seats;
    }

    /** The stored payloads of the citizen's enrolment events, as JSON text. */
    private List<String> theirEnrolmentEvents(UUID citizen) {
        return jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8') FROM domain_event_entry
                        WHERE convert_from(payload, 'UTF8')::jsonb ->> 'citizenId' = ? ORDER BY global_index""")
                .param(citizen.toString()).query(String.class).list();
    }

    private static List<String> textsIn(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node.isString()) {
            texts.add(node.asString());
        }
        node.forEach(child -> texts.addAll(textsIn(child)));
        return texts;
    }

    /** The citizen's rows in every table of the service with a citizen id, but those erasure keeps on purpose. */
    private Map<String, Long> rowsOf(UUID citizen) {
        assertThat(ErasureChecks.citizenTables(jdbc)).as("the tables searched").contains("enrolment", "access_partner", "citizen_key");
        return ErasureChecks.rowsOfCitizen(jdbc, citizen);
    }

    private int status(Persona persona, String path) {
        return TestApi.as(persona, port).get().uri(path).retrieve().toBodilessEntity().getStatusCode().value();
    }

    private ResponseEntity<Map> post(Persona persona, String path) {
        return TestApi.as(persona, port).post().uri(path).contentType(MediaType.APPLICATION_JSON).body(Map.of())
                .retrieve().toEntity(Map.class);
    }

    private static void ok(ResponseEntity<Map> response) {
        assertThat(response.getStatusCode().is2xxSuccessful()).as(String.valueOf(response.getBody())).isTrue();
    }
}
