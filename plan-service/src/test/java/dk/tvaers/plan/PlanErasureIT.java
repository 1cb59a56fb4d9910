package dk.tvaers.plan;

import dk.tvaers.plan.plan.api.PlanIds;
import dk.tvaers.plan.plan.command.PlanCalendar;
import dk.tvaers.plan.plan.query.PlanDocumentProjection;
import dk.tvaers.platform.privacy.Erasable;
import dk.tvaers.testsupport.ErasureChecks;
import dk.tvaers.testsupport.Persona;
import dk.tvaers.testsupport.ServiceIntegrationTest;
import dk.tvaers.testsupport.TestEvents;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static dk.tvaers.plan.Plans.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The right to erasure (crypto-shredding) in plan-service: case-service's {@code case.CitizenErased} deletes the
 * citizen's key and their plan from the read model. Every word of the plan (dream, goals, sub-goals and how they
 * are measured, reasons, notes, the help given, the follow-ups with their participants) was stored encrypted with
 * that key, so the event store keeps the events but nothing of them opens; a full replay of every projection
 * brings nothing back, and another citizen's plan, sealed with their own key, answers exactly as before.
 */
@ServiceIntegrationTest(properties = "spring.config.name=plan-service")
class PlanErasureIT {

    private static final Duration REPLAY = Duration.ofMinutes(3);
    private static final LocalDate TODAY = LocalDate.now(PlanCalendar.ZONE);
    /** Tables with a citizen id that erasure leaves: the erasure itself, the audit log and its case facts. */

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventStore eventStore;

    Plans plans;

    @Test
    void anErasedCitizensPlanIsUnreadableEvenAfterAFullReplayWhileAnotherIsIntact() throws Exception {
        plans = new Plans(port, jdbc);
        UUID erased = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        String erasedSecret = secret();
        String keptSecret = secret();
        aPlanWithEverything(erased, erasedSecret);
        aPlanWithEverything(kept, keptSecret);
        Map<String, Object> erasedBefore = whatTheServiceTells(erased);
        Map<String, Object> keptBefore = whatTheServiceTells(kept);
        assertThat(erasedBefore.toString()).as("the service shows the citizen's words while it may")
                .contains(everyPieceOf(erasedSecret));
        assertThat(keptBefore.toString()).contains(everyPieceOf(keptSecret));
        assertThat(ErasureChecks.occurrencesInTheDatabase(jdbc, "GROUP_COURSE")).as("the search sees what is in clear").isNotEmpty();
        assertThat(ErasureChecks.occurrencesInTheDatabase(jdbc, erasedSecret)).as("every word is sealed or encrypted at rest").isEmpty();
        assertThat(ErasureChecks.occurrencesInTheDatabase(jdbc, keptSecret)).isEmpty();

        TestEvents.citizenErased(erased);

        await().atMost(WAIT).untilAsserted(() -> assertThat(rowsOf(erased)).isEmpty());
        assertThat(rowsOf(kept)).containsKeys("plan_document", "citizen_key");
        assertThat(jdbc.sql("SELECT count(*) FROM erased_citizen WHERE citizen_id = ?").param(erased)
                .query(Long.class).single()).isEqualTo(1);
        assertGone(erased);
        assertTheEventsNoLongerOpen(erased, erasedSecret);

        List<String> replayed = ErasureChecks.replayEveryProjection(plans.as(Persona.OPERATOR));

        assertThat(replayed).contains(PlanDocumentProjection.GROUP);
        await().atMost(REPLAY).untilAsserted(() -> {
            assertThat(whatTheServiceTells(kept)).as("the other citizen, rebuilt").isEqualTo(keptBefore);
            assertThat(ErasureChecks.projections(plans.as(Persona.OPERATOR))).allSatisfy((name, view) -> assertThat(view.get("replaying")).as(name)
                    .isEqualTo(false));
        });
        assertThat(rowsOf(erased)).as("nothing of the erased citizen came back").isEmpty();
        assertGone(erased);
        assertTheEventsNoLongerOpen(erased, erasedSecret);
        assertThat(ErasureChecks.occurrencesInTheDatabase(jdbc, erasedSecret)).isEmpty();
        assertThat(whatTheServiceTells(kept).toString()).as("the other citizen's words open with their key")
                .contains(everyPieceOf(keptSecret));
        assertThat(erasableParts(kept).toString()).contains(everyPieceOf(keptSecret));
    }

    /**
     * A plan with every kind of free text, each carrying {@code secret}: the dream (rewritten with a reason), a
     * goal (reworded with a reason), a sub-goal measured in the caseworker's own unit (adjusted with a reason, then
     * achieved with a note), another dropped with a reason, help given (title, provider, ended with a reason), a
     * follow-up (participants, a reading's note, the citizen's comment, the adjustments) and a new frequency with a
     * reason.
     */
    private void aPlanWithEverything(UUID citizen, String secret) {
        plans.caseOpened(citizen, Persona.SOFIE_SOCIAL);
        ok(plans.post(Persona.SOFIE_SOCIAL, "/api/plans/citizens/{c}", Map.of("dream", secret + " drøm"), citizen));
        ok(plans.put(Persona.SOFIE_SOCIAL, "/api/plans/citizens/{c}/dream",
                Map.of("dream", secret + " ny drøm", "reason", secret + " drømmegrund"), citizen));
        UUID goal = plans.addGoal(Persona.SOFIE_SOCIAL, citizen, secret + " mål");
        ok(plans.put(Persona.SOFIE_SOCIAL, "/api/plans/citizens/{c}/goals/{g}",
                Map.of("text", secret + " nyt mål", "reason", secret + " målgrund"), citizen, goal));
        UUID beer = plans.addSubGoal(Persona.SOFIE_SOCIAL, citizen, goal, secret + " delmål", figure(secret));
        UUID sleep = plans.addSubGoal(Persona.SOFIE_SOCIAL, citizen, goal, secret + " andet delmål",
                Plans.scale(2, 6));
        Map<String, Object> help = new HashMap<>();
        help.put("kind", "GROUP_COURSE");
        help.put("title", "Gruppeforløb " + secret + " titel");
        help.put("provider", secret + " udbyder");
        help.put("startsOn", TODAY.toString());
        help.put("subGoalIds", List.of(beer));
        UUID activity = UUID.fromString((String) ok(plans.post(Persona.SOFIE_SOCIAL,
                "/api/plans/citizens/{c}/activities", help, citizen)).get("activityId"));
        Map<String, Object> change = Plans.subGoal(goal, secret + " justeret delmål", figure(secret));
        change.remove("goalId");
        change.put("version", 1);
        change.put("reason", secret + " justering");
        ok(plans.put(Persona.SOFIE_SOCIAL, "/api/plans/citizens/{c}/sub-goals/{s}", change, citizen, beer));
        Map<String, Object> followUp = new HashMap<>();
        followUp.put("heldOn", TODAY.toString());
        followUp.put("participants", List.of(Map.of("name", secret + " Mette", "role", "borger")));
        followUp.put("readings", List.of(Map.of("subGoalId", beer, "value", 10, "note", secret + " måling")));
        followUp.put("citizenRating", 4);
        followUp.put("citizenComment", secret + " kommentar");
        followUp.put("adjustments", secret + " tilpasning");
        ok(plans.post(Persona.SOFIE_SOCIAL, "/api/plans/citizens/{c}/follow-ups", followUp, citizen));
        ok(plans.post(Persona.SOFIE_SOCIAL, "/api/plans/citizens/{c}/sub-goals/{s}/achieve",
                Map.of("version", 2, "note", secret + " opnået"), citizen, beer));
        ok(plans.post(Persona.SOFIE_SOCIAL, "/api/plans/citizens/{c}/sub-goals/{s}/drop",
                Map.of("version", 1, "reason", secret + " opgivet"), citizen, sleep));
        ok(plans.post(Persona.SOFIE_SOCIAL, "/api/plans/citizens/{c}/activities/{a}/end",
                Map.of("endedOn", TODAY.toString(), "reason", secret + " afsluttet"), citizen, activity));
        ok(plans.put(Persona.SOFIE_SOCIAL, "/api/plans/citizens/{c}/follow-up-frequency",
                Map.of("months", 2, "reason", secret + " hyppighed"), citizen));
        long last = eventStore.lastSequenceNumberFor(PlanIds.planIdOf(citizen).toString()).orElseThrow();
        assertThat(last).as("twelve changes after the plan was made").isEqualTo(12);
        plans.plan(Persona.SOFIE_SOCIAL, citizen, last);
    }

    /** The secret as it was written in each of the plan's parts that the API shows. */
    private static String[] everyPieceOf(String secret) {
        return List.of("ny drøm", "drømmegrund", "nyt mål", "målgrund", "justeret delmål", "andet delmål",
                        "justering", "øl om dagen", "Mette", "måling", "kommentar", "tilpasning", "opnået", "opgivet",
                        "titel", "udbyder", "afsluttet", "hyppighed").stream()
                .map(piece -> secret + " " + piece).toArray(String[]::new);
    }

    private static Map<String, Object> figure(String secret) {
        return Map.of("kind", "FIGURE", "baseline", 12, "target", 8, "unit", secret + " øl om dagen",
                "direction", "LOWER_IS_BETTER");
    }

    /** Everything the API answers about the citizen's plan, read as their caseworker. */
    private Map<String, Object> whatTheServiceTells(UUID citizen) throws IOException {
        Map<String, Object> told = new LinkedHashMap<>();
        for (String path : List.of("", "/progress", "/history?asOf=" + TODAY, "/changes")) {
            ResponseEntity<Map> response = plans.get(Persona.SOFIE_SOCIAL, "/api/plans/citizens/{c}" + path, citizen);
            told.put(path.isEmpty() ? "plan" : path, response.getStatusCode().value() == 200 ? response.getBody()
                    : response.getStatusCode().value());
        }
        ResponseEntity<byte[]> copy = plans.as(Persona.SOFIE_SOCIAL).get()
                .uri("/api/plans/citizens/{c}/citizen-copy", citizen).retrieve().toEntity(byte[].class);
        if (copy.getStatusCode().value() == 200) {
            try (PDDocument pdf = Loader.loadPDF(copy.getBody())) {
                told.put("citizen copy", new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "));
            }
        } else {
            told.put("citizen copy", copy.getStatusCode().value());
        }
        List<Map<String, Object>> due = plans.as(Persona.SOFIE_SOCIAL).get()
                .uri("/api/plans/follow-ups-due?dueBy={d}", TODAY.plusYears(2)).retrieve()
                .body(new ParameterizedTypeReference<List<Map<String, Object>>>() { });
        told.put("follow-ups due", due.stream().filter(d -> citizen.toString().equals(d.get("citizenId"))).toList());
        return told;
    }

    /** Every endpoint that would show the plan answers 404, the live stream too; no follow-up is listed as due. */
    private void assertGone(UUID citizen) throws IOException {
        assertThat(whatTheServiceTells(citizen)).allSatisfy((what, told) -> assertThat(told).as(what)
                .satisfiesAnyOf(value -> assertThat(value).isEqualTo(404),
                        value -> assertThat(value).isEqualTo(List.of())));
        assertThat(plans.as(Persona.SOFIE_SOCIAL).get().uri("/api/plans/citizens/{c}/stream", citizen)
                .retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(404);
    }

    /**
     * The erased citizen's events are all still in the store, but every erasable part reads as {@code null}, the
     * stored rows hold the parts only as ciphertext (the sub-goal's measurement included), and the plan was never
     * snapshotted.
     */
    private void assertTheEventsNoLongerOpen(UUID citizen, String secret) {
        String planId = PlanIds.planIdOf(citizen).toString();
        List<Map<String, Object>> parts = erasableParts(citizen);
        assertThat(parts).as("the events stay").hasSize(13);
        assertThat(parts).allSatisfy(part -> assertThat(part.values()).as(part.toString()).allMatch(Objects::isNull));
        List<String> stored = jdbc.sql("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? ORDER BY sequence_number").param(planId).query(String.class).list();
        assertThat(stored).hasSize(13).noneMatch(payload -> payload.contains(secret))
                .noneMatch(payload -> payload.contains("øl om dagen"));
        assertThat(jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8')::jsonb ->> 'measurement' FROM domain_event_entry
                        WHERE aggregate_identifier = ?
                          AND (payload_type LIKE '%SubGoalAddedEvent' OR payload_type LIKE '%SubGoalChangedEvent')""")
                .param(planId).query(String.class).list())
                .as("the measurement (its unit, baseline and target) is ciphertext").hasSize(3)
                .allMatch(measurement -> measurement.startsWith("erasable:v1:"));
        assertThat(jdbc.sql("SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?").param(planId)
                .query(Long.class).single()).isZero();
    }

    /** The {@link Erasable} parts of each of the citizen's plan events, as the event store reads them now. */
    private List<Map<String, Object>> erasableParts(UUID citizen) {
        List<Map<String, Object>> parts = new ArrayList<>();
        eventStore.readEvents(PlanIds.planIdOf(citizen).toString()).forEachRemaining(message -> {
            Object payload = message.getPayload();
            Map<String, Object> erasable = new LinkedHashMap<>();
            for (RecordComponent component : payload.getClass().getRecordComponents()) {
                if (component.isAnnotationPresent(Erasable.class)) {
                    try {
                        erasable.put(payload.getClass().getSimpleName() + "." + component.getName(),
                                component.getAccessor().invoke(payload));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            parts.add(erasable);
        });
        return parts;
    }

    /** The citizen's rows in every table of the service with a citizen id, but those erasure keeps on purpose. */
    private Map<String, Long> rowsOf(UUID citizen) {
        assertThat(ErasureChecks.citizenTables(jdbc)).as("the tables searched").contains("plan_document", "citizen_key");
        return ErasureChecks.rowsOfCitizen(jdbc, citizen);
    }

    private static Map<String, Object> ok(ResponseEntity<Map> response) {
        assertThat(response.getStatusCode().is2xxSuccessful()).as(String.valueOf(response.getBody())).isTrue();
        return response.getBody() == null ? Map.of() : response.getBody();
    }

    private static String secret() {
        byte[] bytes = new byte[6];
        ThreadLocalRandom.current().nextBytes(bytes);
        return "Hemmelig-" + HexFormat.of().formatHex(bytes);
    }
}
