package dk.tvaers.contracts.coordination.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/** The citizen withdrew a consent. It takes effect at once in every service. */
public record ConsentWithdrawn(UUID consentId, Instant withdrawnAt, String recordedBy) implements IntegrationPayload {

    public static final EventType<ConsentWithdrawn> TYPE = EventType.of("coordination.ConsentWithdrawn", 1,
            ConsentWithdrawn.class, Topics.COORDINATION);
}
