package dk.tvaers.coordination.web;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.ConcurrencyException;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Safe retries of the requests that create something: the new thing's id is derived from the caller and
 * their {@code Idempotency-Key}, so a retried request names the same aggregate, and creating an aggregate
 * that already exists counts as done (the first request's result is returned).
 */
public final class Idempotency {

    public static final String HEADER = "Idempotency-Key";

    private Idempotency() {
    }

    public static UUID idFor(String kind, String caller, String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return UUID.randomUUID();
        }
        return UUID.nameUUIDFromBytes((kind + "\n" + caller + "\n" + idempotencyKey).getBytes(StandardCharsets.UTF_8));
    }

    /** Sends a creating command; if the aggregate was created by an earlier attempt, that is the result. */
    public static void createOnce(CommandGateway commands, Object command) {
        try {
            commands.sendAndWait(command);
        } catch (RuntimeException e) {
            if (!isDuplicateCreation(e)) {
                throw e;
            }
        }
    }

    private static boolean isDuplicateCreation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConcurrencyException
                    || (t instanceof EventStoreException && t.getCause() instanceof ConcurrencyException)) {
                return true;
            }
        }
        return false;
    }
}
