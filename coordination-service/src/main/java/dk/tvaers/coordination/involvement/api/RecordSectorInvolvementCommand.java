package dk.tvaers.coordination.involvement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** A sector opened a case for the citizen, so it is now involved. */
public record RecordSectorInvolvementCommand(
        @TargetAggregateIdentifier UUID citizenId,
        String organisation,
        String sector,
        UUID caseId,
        String caseworkerId,
        LocalDate since) {
}
