package dk.tvaers.plan.followup.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Follow the plan up every {@code months} months (1–12); the next due date moves with it. */
public record ChangeFollowUpFrequencyCommand(@TargetAggregateIdentifier UUID planId, int months, String reason,
                                             String by, String sector) {
}
