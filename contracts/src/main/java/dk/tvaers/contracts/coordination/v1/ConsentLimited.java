package dk.tvaers.contracts.coordination.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Topics;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The citizen narrowed a consent: now only these sectors and categories, until {@code validUntil} if given. */
public record ConsentLimited(UUID consentId, List<String> sectors, List<String> categories, LocalDate validUntil,
                             String recordedBy) implements IntegrationPayload {

    public static final EventType<ConsentLimited> TYPE = EventType.of("coordination.ConsentLimited", 1,
            ConsentLimited.class, Topics.COORDINATION);
}
