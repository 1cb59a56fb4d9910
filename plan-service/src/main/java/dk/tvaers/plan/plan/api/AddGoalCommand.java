package dk.tvaers.plan.plan.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Add an overall goal (overordnet mål) in the citizen's own words. Repeating it with the same id and text changes nothing. */
public record AddGoalCommand(@TargetAggregateIdentifier UUID planId, UUID goalId, String text, String by,
                             String sector) {
}
