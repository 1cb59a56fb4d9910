package dk.tvaers.contracts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The envelope every integration event travels in. The same envelope is used by every producer, the
 * Tværs services and the sectors' own systems alike.
 *
 * @param eventId        unique id; consumers deduplicate on it, so a redelivery carries the same id
 * @param type           the event type name, e.g. {@code case.CaseOpened}
 * @param schemaVersion  the version of the payload schema
 * @param occurredAt     when the fact happened in the producer
 * @param citizenId      the citizen's pseudonymous id (never a CPR number); {@code null} for events
 *                       that concern no citizen, such as a catalog change
 * @param organisation   the organisation the event belongs to (the municipality acting for the citizen,
 *                       or a partner such as a region or probation)
 * @param producer       the producing service or sector system, and sector
 * @param correlationId  trace/correlation id carried from the request that caused the event
 * @param payload        the event's data
 */
public record IntegrationEvent<P extends IntegrationPayload>(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        UUID citizenId,
        String organisation,
        Producer producer,
        String correlationId,
        P payload) {

    public IntegrationEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(producer, "producer");
        Objects.requireNonNull(payload, "payload");
    }

    public static <P extends IntegrationPayload> IntegrationEvent<P> of(EventType<P> type, UUID eventId,
                                                                         Instant occurredAt, UUID citizenId,
                                                                         String organisation, Producer producer,
                                                                         String correlationId, P payload) {
        return new IntegrationEvent<>(eventId, type.name(), type.version(), occurredAt, citizenId, organisation,
                producer, correlationId, payload);
    }

    /** Narrows the payload after checking its type, for consumers that dispatch on {@link #type()}. */
    public <T extends IntegrationPayload> T payloadAs(EventType<T> expected) {
        if (!expected.name().equals(type) || expected.version() != schemaVersion) {
            throw new IllegalStateException("event is " + type + " v" + schemaVersion + ", not " + expected.name()
                    + " v" + expected.version());
        }
        return expected.payloadClass().cast(payload);
    }

    public boolean is(EventType<?> candidate) {
        return candidate.name().equals(type) && candidate.version() == schemaVersion;
    }
}
