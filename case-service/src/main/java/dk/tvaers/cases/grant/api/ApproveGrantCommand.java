package dk.tvaers.cases.grant.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** The visitation meeting approves a proposed grant (a team leader). */
public record ApproveGrantCommand(@TargetAggregateIdentifier UUID grantId, long expectedVersion, String approvedBy,
                                  LocalDate approvedOn) {
}
