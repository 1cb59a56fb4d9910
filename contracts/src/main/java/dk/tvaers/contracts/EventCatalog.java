package dk.tvaers.contracts;

import dk.tvaers.contracts.cases.v1.CaseClosed;
import dk.tvaers.contracts.cases.v1.CaseOpened;
import dk.tvaers.contracts.cases.v1.CaseTransferred;
import dk.tvaers.contracts.cases.v1.CitizenErased;
import dk.tvaers.contracts.coordination.v1.ConsentGiven;
import dk.tvaers.contracts.coordination.v1.ConsentLimited;
import dk.tvaers.contracts.coordination.v1.ConsentWithdrawn;
import dk.tvaers.contracts.coordination.v1.CoordinatorDesignated;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every integration event type of the published language. Adding an event means adding its record,
 * its schema and golden sample, and listing it here; the contract tests walk this list.
 */
public final class EventCatalog {

    public static final String SCHEMA_BASE_URI = "https://schemas.tvaers.dk/events/";
    public static final String ENVELOPE_SCHEMA_ID = SCHEMA_BASE_URI + "envelope.schema.json";

    private static final List<EventType<?>> ALL = List.of(
            // case-service
            CaseOpened.TYPE,
            CaseTransferred.TYPE,
            CaseClosed.TYPE,
            CitizenErased.TYPE,
            // coordination-service
            ConsentGiven.TYPE,
            ConsentLimited.TYPE,
            ConsentWithdrawn.TYPE,
            CoordinatorDesignated.TYPE);

    private static final Map<String, EventType<?>> BY_KEY = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(t -> key(t.name(), t.version()), Function.identity()));

    private EventCatalog() {
    }

    public static List<EventType<?>> all() {
        return ALL;
    }

    public static Optional<EventType<?>> find(String name, int version) {
        return Optional.ofNullable(BY_KEY.get(key(name, version)));
    }

    private static String key(String name, int version) {
        return name + "/v" + version;
    }
}
