package dk.tvaers.coordination.involvement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** A sector's case for the citizen got another responsible caseworker. */
public record ChangeSectorCaseworkerCommand(
        @TargetAggregateIdentifier UUID citizenId,
        String sector,
        UUID caseId,
        String toCaseworkerId,
        LocalDate changedOn) {
}
