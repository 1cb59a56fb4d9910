package dk.tvaers.coordination.consent.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Record the citizen's consent (samtykke) that these sectors may see each other's information of these
 * categories, from {@code validFrom} until {@code validUntil} if given.
 */
public record GiveConsentCommand(
        @TargetAggregateIdentifier UUID consentId,
        UUID citizenId,
        String organisation,
        List<String> sectors,
        List<String> categories,
        LocalDate validFrom,
        LocalDate validUntil,
        String recordedBy,
        String recordedBySector) {
}
