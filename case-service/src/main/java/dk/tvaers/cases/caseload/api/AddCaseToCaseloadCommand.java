package dk.tvaers.cases.caseload.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** The caseworker became responsible for an open case. Sent again for the same case it changes nothing. */
public record AddCaseToCaseloadCommand(@TargetAggregateIdentifier String caseworkerId, UUID caseId,
                                       String organisation) {
}
