package dk.tvaers.coordination.consent.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

/** The citizen withdraws a consent; it stops sharing at once. */
public record WithdrawConsentCommand(
        @TargetAggregateIdentifier UUID consentId,
        UUID citizenId,
        Instant withdrawnAt,
        String recordedBy,
        String recordedBySector) {
}
