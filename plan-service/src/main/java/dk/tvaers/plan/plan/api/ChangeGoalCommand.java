package dk.tvaers.plan.plan.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Reword an overall goal, saying why. */
public record ChangeGoalCommand(@TargetAggregateIdentifier UUID planId, UUID goalId, String text, String reason,
                                String by, String sector) {
}
