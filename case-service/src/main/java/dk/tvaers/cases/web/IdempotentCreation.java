package dk.tvaers.cases.web;

import dk.tvaers.platform.security.Actor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Creating requests that accept an {@code Idempotency-Key}: the new aggregate's id is derived from the
 * caller and the key, so a retry names the same aggregate; if it exists already, the endpoint answers as
 * the first time instead of acting again. Without a key every request creates something new.
 */
@Component
public class IdempotentCreation {

    public static final String HEADER = "Idempotency-Key";

    private final EventStore eventStore;

    IdempotentCreation(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** A new random id, or the one this caller's key stands for. */
    public UUID idFor(String kind, Actor actor, String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return UUID.randomUUID();
        }
        return UUID.nameUUIDFromBytes((kind + "\u001f" + actor.organisation() + "\u001f" + actor.userId() + "\u001f"
                + idempotencyKey).getBytes(StandardCharsets.UTF_8));
    }

    /** Was the aggregate created already (by the first of the retried requests)? */
    public boolean exists(UUID aggregateId) {
        return eventStore.lastSequenceNumberFor(aggregateId.toString()).isPresent();
    }
}
