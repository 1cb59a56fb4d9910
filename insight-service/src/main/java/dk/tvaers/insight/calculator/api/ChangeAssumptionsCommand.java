package dk.tvaers.insight.calculator.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Change the case's assumptions, based on {@code expectedVersion}; {@code note} says why. */
public record ChangeAssumptionsCommand(@TargetAggregateIdentifier UUID caseId, String organisation,
                                       long expectedVersion, Assumptions assumptions, String note, String by) {
}
