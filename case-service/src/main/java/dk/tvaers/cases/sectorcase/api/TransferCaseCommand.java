package dk.tvaers.cases.sectorcase.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Give the case another responsible caseworker. {@code expectedVersion} is the case version the caller
 * last read: a transfer based on an older one is refused with 409.
 */
public record TransferCaseCommand(@TargetAggregateIdentifier UUID caseId, long expectedVersion, String toCaseworkerId,
                                  String reason, LocalDate transferredOn) {
}
