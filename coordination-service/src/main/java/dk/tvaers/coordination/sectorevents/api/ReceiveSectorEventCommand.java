package dk.tvaers.coordination.sectorevents.api;

import dk.tvaers.contracts.IntegrationPayload;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A sector system's event, validated against its schema, to be put on the citizen's timeline.
 *
 * @param eventId   the sector system's event id: one message, one aggregate
 * @param payload   the contract payload, for the rules that read it
 * @param facts     the payload's fields as text, for the timeline
 */
public record ReceiveSectorEventCommand(
        @TargetAggregateIdentifier UUID eventId,
        UUID citizenId,
        String organisation,
        String sector,
        String eventType,
        Instant occurredAt,
        IntegrationPayload payload,
        Map<String, String> facts) {
}
