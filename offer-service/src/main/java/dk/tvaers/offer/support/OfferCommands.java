package dk.tvaers.offer.support;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Sends commands to offers. Within one instance Axon runs one command at a time per offer; between
 * instances the event store refuses the second of two appends at the same sequence number. The loser is
 * sent again on the offer as it now is (every offer command is safe to repeat: enrolments carry their id),
 * and after a few tries the caller gets a 409 rather than a seat that does not exist.
 */
@Component
public class OfferCommands {

    private static final int ATTEMPTS = 5;

    private final CommandGateway commands;

    OfferCommands(CommandGateway commands) {
        this.commands = commands;
    }

    public <R> R send(Object command) {
        for (int attempt = 1; ; attempt++) {
            try {
                return commands.sendAndWait(command);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isConcurrentAppend(e)) {
                    throw e;
                }
            }
        }
    }

    /**
     * The id of the thing a request creates: random, or derived from the caller's {@code Idempotency-Key} so
     * that a retried request names the same offer or enrolment and is not acted on twice.
     */
    public static UUID idFor(String kind, String caller, String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return UUID.randomUUID();
        }
        return UUID.nameUUIDFromBytes((kind + "\n" + caller + "\n" + idempotencyKey).getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isConcurrentAppend(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }
}
