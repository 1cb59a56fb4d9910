package dk.tvaers.plan.trigger.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** case-service says a sector closed its case for the citizen. */
public record RecordCaseClosedCommand(@TargetAggregateIdentifier UUID citizenId, UUID caseId, LocalDate closedOn) {
}
