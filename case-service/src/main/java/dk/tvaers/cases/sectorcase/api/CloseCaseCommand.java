package dk.tvaers.cases.sectorcase.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** Close the case with a reason; {@code expectedVersion} as for {@link TransferCaseCommand}. */
public record CloseCaseCommand(@TargetAggregateIdentifier UUID caseId, long expectedVersion, String reason,
                               LocalDate closedOn) {
}
