package dk.tvaers.coordination.involvement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** A sector closed its case for the citizen, so it is no longer involved through that case. */
public record EndSectorInvolvementCommand(
        @TargetAggregateIdentifier UUID citizenId,
        String sector,
        UUID caseId,
        LocalDate endedOn) {
}
