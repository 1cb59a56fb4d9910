package dk.tvaers.plan.plan.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Give up a sub-goal; the reason is required. */
public record DropSubGoalCommand(@TargetAggregateIdentifier UUID planId, UUID subGoalId, long expectedVersion,
                                 String reason, String by, String sector) {
}
