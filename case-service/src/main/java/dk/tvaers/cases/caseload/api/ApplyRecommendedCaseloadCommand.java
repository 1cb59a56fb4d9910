package dk.tvaers.cases.caseload.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The caseworker's team changed its recommended caseload. */
public record ApplyRecommendedCaseloadCommand(@TargetAggregateIdentifier String caseworkerId, String teamId,
                                              int recommendedCaseload) {
}
