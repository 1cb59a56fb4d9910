package dk.tvaers.testsupport;

import org.springframework.http.HttpStatusCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What every Tværs service must be: healthy, ready, and on its own event store. */
public final class ServiceChecks {

    private ServiceChecks() {
    }

    @SuppressWarnings("unchecked")
    public static void assertRunsOnItsOwnEventStore(int port, JdbcClient jdbc) {
        RestClient http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
                .build();

        Map<String, Object> readiness = http.get().uri("/actuator/health/readiness").retrieve().body(Map.class);
        assertThat(readiness).containsEntry("status", "UP");
        Map<String, Object> liveness = http.get().uri("/actuator/health/liveness").retrieve().body(Map.class);
        assertThat(liveness).containsEntry("status", "UP");
        Map<String, Object> health = http.get().uri("/actuator/health").retrieve().body(Map.class);
        assertThat(health).containsEntry("status", "UP");
        assertThat((Map<String, Object>) health.get("components")).containsKeys("db", "eventProcessors");

        List<String> tables = jdbc.sql("""
                        SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'""")
                .query(String.class).list();
        assertThat(tables).contains("domain_event_entry", "snapshot_event_entry", "token_entry", "saga_entry",
                "inbox_message", "platform_schema_history");
    }
}
