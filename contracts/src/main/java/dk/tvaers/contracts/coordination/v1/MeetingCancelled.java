package dk.tvaers.contracts.coordination.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * A coordination meeting was cancelled.
 */
public record MeetingCancelled(UUID meetingId,
                               String cancelledBy,
                               Instant cancelledAt) implements IntegrationPayload {

    public static final EventType<MeetingCancelled> TYPE =
            EventType.of("coordination.MeetingCancelled", 1, MeetingCancelled.class, Topics.COORDINATION);
}
