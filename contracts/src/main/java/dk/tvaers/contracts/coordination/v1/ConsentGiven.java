package dk.tvaers.contracts.coordination.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Topics;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The citizen consents that the listed sectors may see each other's information of the listed
 * categories ({@code *} for all) from {@code validFrom}, until {@code validUntil} if given.
 */
public record ConsentGiven(UUID consentId, List<String> sectors, List<String> categories, LocalDate validFrom,
                           LocalDate validUntil, String recordedBy) implements IntegrationPayload {

    public static final EventType<ConsentGiven> TYPE = EventType.of("coordination.ConsentGiven", 1,
            ConsentGiven.class, Topics.COORDINATION);
}
