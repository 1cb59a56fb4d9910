package dk.tvaers.plan.plan.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Write down the citizen's dream (drøm) in their own words: a shared part of the plan. */
public record ChangeDreamCommand(@TargetAggregateIdentifier UUID planId, String dream, String reason, String by,
                                 String sector) {
}
