package dk.tvaers.contracts;

import java.util.Objects;

/**
 * Who produced an integration event: the service (or external sector system) and, where the event
 * belongs to one, the sector acting.
 */
public record Producer(String service, String sector) {

    public Producer {
        Objects.requireNonNull(service, "service");
    }

    public static Producer service(String service) {
        return new Producer(service, null);
    }
}
