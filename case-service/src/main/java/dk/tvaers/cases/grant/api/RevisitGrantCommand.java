package dk.tvaers.cases.grant.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** Revisit a grant that is due for it. */
public record RevisitGrantCommand(@TargetAggregateIdentifier UUID grantId, long expectedVersion,
                                  RevisitationDecision decision, String revisitedBy, LocalDate revisitedOn) {
}
