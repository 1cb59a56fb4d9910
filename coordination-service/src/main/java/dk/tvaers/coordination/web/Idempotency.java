package dk.tvaers.coordination.web;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;

import java.nio.charset.StandardCharsets;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Safe retries of requests, and of commands that raced another on the same aggregate.
 * <ul>
 *   <li>A creating request's new id is derived from the caller and their {@code Idempotency-Key}, so a retried
 *       request names the same aggregate, and creating an aggregate that already exists counts as done (the
 *       first request's result is returned).</li>
 *   <li>A command that lost the race for the aggregate's next sequence number (another command, or a Kafka
 *       listener, appended first) is sent again on the fresh state, a few times, instead of failing the
 *       request.</li>
 * </ul>
 */
public final class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final int ATTEMPTS = 3;

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
            if (!lostTheRaceForASequenceNumber(e)) {
                throw e;
            }
        }
    }

    /** Sends a command to an existing aggregate, again if it raced another command on the same aggregate. */
    public static <R> R send(CommandGateway commands, Object command) {
        for (int attempt = 1; ; attempt++) {
            try {
                return commands.sendAndWait(command);
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !lostTheRaceForASequenceNumber(e)) {
                    throw e;
                }
            }
        }
    }

    /** The event store refused the append because that aggregate sequence number was just taken. */
    static boolean lostTheRaceForASequenceNumber(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConcurrencyException) {
                return true;
            }
            if (t instanceof SQLException sql && (UNIQUE_VIOLATION.equals(sql.getSQLState())
                    || (sql instanceof BatchUpdateException && sql.getNextException() != null
                    && UNIQUE_VIOLATION.equals(sql.getNextException().getSQLState())))) {
                return true;
            }
        }
        return false;
    }
}
