package dk.tvaers.insight.calculator.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Store an investment case with its first assumptions, for the caller's organisation. */
public record CreateInvestmentCaseCommand(@TargetAggregateIdentifier UUID caseId, String organisation,
                                          Assumptions assumptions, String by) {
}
