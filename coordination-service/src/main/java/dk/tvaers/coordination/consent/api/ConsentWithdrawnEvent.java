package dk.tvaers.coordination.consent.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

@Revision("1")
public record ConsentWithdrawnEvent(
        UUID consentId,
        UUID citizenId,
        String organisation,
        Instant withdrawnAt,
        String recordedBy,
        String recordedBySector) {
}
