package dk.tvaers.testsupport;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What an erasure test asks of a service's own database and actuator: where a word still stands in clear, which
 * tables still hold rows of a citizen, and a rebuild of every projection as an operator would ask for it.
 */
public final class ErasureChecks {

    /** Tables the platform keeps on erasure on purpose: the erasure itself, the audit log, the closed cases. */
    public static final Set<String> KEPT_ON_ERASURE = Set.of("erased_citizen", "audit_log", "access_case");

    private ErasureChecks() {
    }

    /** Every text, JSON and binary column of every table in the database that holds {@code text} in clear. */
    public static List<String> occurrencesInTheDatabase(JdbcClient jdbc, String text) {
        List<String> found = new ArrayList<>();
        jdbc.sql("""
                        SELECT table_name, column_name, data_type FROM information_schema.columns
                        WHERE table_schema = current_schema()
                          AND data_type IN ('text', 'character varying', 'bytea', 'jsonb', 'json')
                          AND table_name IN (SELECT table_name FROM information_schema.tables
                                             WHERE table_schema = current_schema() AND table_type = 'BASE TABLE')""")
                .query((rs, row) -> List.of(rs.getString("table_name"), rs.getString("column_name"),
                        rs.getString("data_type")))
                .list()
                .forEach(column -> {
                    String condition = column.get(2).equals("bytea")
                            ? "position(convert_to(:text, 'UTF8') in \"" + column.get(1) + "\") > 0"
                            : "\"" + column.get(1) + "\"::text LIKE '%' || :text || '%'";
                    long hits = jdbc.sql("SELECT count(*) FROM \"" + column.get(0) + "\" WHERE " + condition)
                            .param("text", text).query(Long.class).single();
                    if (hits > 0) {
                        found.add(column.get(0) + "." + column.get(1));
                    }
                });
        return found;
    }

    /**
     * The citizen's rows in every table with a {@code citizen_id}, but those erasure keeps on purpose; tables with
     * none are left out, so an erased citizen gives an empty map.
     */
    public static Map<String, Long> rowsOfCitizen(JdbcClient jdbc, UUID citizen) {
        Map<String, Long> rows = new LinkedHashMap<>();
        citizenTables(jdbc).stream()
                .filter(table -> !KEPT_ON_ERASURE.contains(table))
                .forEach(table -> rows.put(table, jdbc.sql("SELECT count(*) FROM \"" + table
                        + "\" WHERE citizen_id = ?").param(citizen).query(Long.class).single()));
        rows.values().removeIf(count -> count == 0);
        return rows;
    }

    /** The tables (not views) of the database with a {@code citizen_id} column. */
    public static List<String> citizenTables(JdbcClient jdbc) {
        return jdbc.sql("""
                        SELECT table_name FROM information_schema.columns
                        WHERE table_schema = current_schema() AND column_name = 'citizen_id'
                          AND table_name IN (SELECT table_name FROM information_schema.tables
                                             WHERE table_schema = current_schema() AND table_type = 'BASE TABLE')
                        ORDER BY table_name""")
                .query(String.class).list();
    }

    /** The service's event processors as its {@code /actuator/projections} endpoint shows them. */
    public static Map<String, Map<String, Object>> projections(RestClient operator) {
        return operator.get().uri("/actuator/projections").retrieve()
                .body(new ParameterizedTypeReference<Map<String, Map<String, Object>>>() { });
    }

    /** Asks for every replayable projection to be rebuilt from the start of the event store; their names. */
    public static List<String> replayEveryProjection(RestClient operator) {
        List<String> replayable = projections(operator).entrySet().stream()
                .filter(processor -> Boolean.TRUE.equals(processor.getValue().get("replayable")))
                .map(Map.Entry::getKey).toList();
        for (String name : replayable) {
            if (!operator.post().uri("/actuator/projections/{name}", name).retrieve().toBodilessEntity()
                    .getStatusCode().is2xxSuccessful()) {
                throw new AssertionError("replaying " + name + " was refused");
            }
        }
        return replayable;
    }
}
