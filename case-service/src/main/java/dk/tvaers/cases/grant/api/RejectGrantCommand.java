package dk.tvaers.cases.grant.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** The visitation meeting rejects a proposed grant, with a reason (a team leader). */
public record RejectGrantCommand(@TargetAggregateIdentifier UUID grantId, long expectedVersion, String rejectedBy,
                                 String reason, LocalDate rejectedOn) {
}
