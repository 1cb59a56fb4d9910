package dk.tvaers.contracts;

import java.util.List;

/**
 * A message that is not a valid integration event: not JSON, an unknown type or version, or a
 * violation of the event's JSON Schema. Consumers send such messages to the dead-letter topic with
 * {@link #getMessage()} as the reason; retrying cannot help.
 */
public class InvalidIntegrationEventException extends RuntimeException {

    private final List<String> violations;

    public InvalidIntegrationEventException(String reason, List<String> violations) {
        super(violations.isEmpty() ? reason : reason + ": " + String.join("; ", violations));
        this.violations = List.copyOf(violations);
    }

    public InvalidIntegrationEventException(String reason, Throwable cause) {
        super(reason + ": " + cause.getMessage(), cause);
        this.violations = List.of();
    }

    public List<String> violations() {
        return violations;
    }
}
