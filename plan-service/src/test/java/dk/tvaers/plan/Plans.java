package dk.tvaers.plan;

import dk.tvaers.platform.domain.DanishTime;
import dk.tvaers.testsupport.Persona;
import dk.tvaers.testsupport.TestApi;
import dk.tvaers.testsupport.TestEvents;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The plan API as a persona calls it, for the integration tests. */
final class Plans {

    static final Duration WAIT = Duration.ofSeconds(30);

    private final int port;
    private final JdbcClient jdbc;

    Plans(int port, JdbcClient jdbc) {
        this.port = port;
        this.jdbc = jdbc;
    }

    RestClient as(Persona persona) {
        return TestApi.as(persona, port);
    }

    /** The persona's sector opens a case for the citizen; returns once this service's access directory has it. */
    UUID caseOpened(UUID citizen, Persona caseworker) {
        UUID caseId = TestEvents.caseOpened(citizen, caseworker);
        await().atMost(WAIT).until(() -> jdbc.sql("SELECT count(*) FROM access_case WHERE case_id = ? AND open")
                .param(caseId).query(Long.class).single() == 1);
        return caseId;
    }

    ResponseEntity<Map> post(Persona persona, String path, Object body, Object... vars) {
        return as(persona).post().uri(path, vars).contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().toEntity(Map.class);
    }

    ResponseEntity<Map> put(Persona persona, String path, Object body, Object... vars) {
        return as(persona).put().uri(path, vars).contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().toEntity(Map.class);
    }

    ResponseEntity<Map> get(Persona persona, String path, Object... vars) {
        return as(persona).get().uri(path, vars).retrieve().toEntity(Map.class);
    }

    /** The plan once the read model has caught up with {@code minVersion}. */
    Map<String, Object> plan(Persona persona, UUID citizen, long minVersion) {
        Map<String, Object>[] plan = new Map[1];
        await().atMost(WAIT).untilAsserted(() -> {
            ResponseEntity<Map> response = get(persona, "/api/plans/citizens/{c}", citizen);
            assertThat(response.getStatusCode().value()).isEqualTo(200);
            assertThat(((Number) response.getBody().get("version")).longValue()).isGreaterThanOrEqualTo(minVersion);
            plan[0] = response.getBody();
        });
        return plan[0];
    }

    UUID addGoal(Persona persona, UUID citizen, String text) {
        ResponseEntity<Map> response = post(persona, "/api/plans/citizens/{c}/goals", Map.of("text", text), citizen);
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(201);
        return UUID.fromString((String) response.getBody().get("goalId"));
    }

    UUID addSubGoal(Persona persona, UUID citizen, UUID goal, String description, Map<String, Object> measurement) {
        ResponseEntity<Map> response = post(persona, "/api/plans/citizens/{c}/sub-goals",
                subGoal(goal, description, measurement), citizen);
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(201);
        return UUID.fromString((String) response.getBody().get("subGoalId"));
    }

    static Map<String, Object> subGoal(UUID goal, String description, Map<String, Object> measurement) {
        Map<String, Object> body = new HashMap<>();
        body.put("goalId", goal);
        body.put("description", description);
        body.put("priority", 1);
        body.put("dueOn", DanishTime.today().plusMonths(3).toString());
        body.put("lifeArea", "HEALTH");
        body.put("measurement", measurement);
        return body;
    }

    static Map<String, Object> beers() {
        return Map.of("kind", "FIGURE", "baseline", 12, "target", 8, "unit", "øl om dagen",
                "direction", "LOWER_IS_BETTER");
    }

    static Map<String, Object> scale(int baseline, int target) {
        return Map.of("kind", "SCALE_1_TO_10", "baseline", baseline, "target", target);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> subGoals(Map<String, Object> plan) {
        return (List<Map<String, Object>>) plan.get("subGoals");
    }
}
