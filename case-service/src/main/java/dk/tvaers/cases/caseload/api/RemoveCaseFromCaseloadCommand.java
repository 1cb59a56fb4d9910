package dk.tvaers.cases.caseload.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** The case was closed or handed to someone else. Sent again it changes nothing. */
public record RemoveCaseFromCaseloadCommand(@TargetAggregateIdentifier String caseworkerId, UUID caseId) {
}
