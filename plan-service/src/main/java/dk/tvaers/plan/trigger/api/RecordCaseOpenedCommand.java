package dk.tvaers.plan.trigger.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** case-service says a sector opened a case for the citizen. */
public record RecordCaseOpenedCommand(@TargetAggregateIdentifier UUID citizenId, String organisation, UUID caseId,
                                      String sector, LocalDate openedOn) {
}
