package dk.tvaers.coordination.consent.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The citizen narrows a consent: fewer sectors, fewer categories or an earlier end. */
public record LimitConsentCommand(
        @TargetAggregateIdentifier UUID consentId,
        UUID citizenId,
        List<String> sectors,
        List<String> categories,
        LocalDate validUntil,
        String recordedBy,
        String recordedBySector) {
}
