package dk.tvaers.plan.plan.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** The citizen reached the sub-goal. */
public record AchieveSubGoalCommand(@TargetAggregateIdentifier UUID planId, UUID subGoalId, long expectedVersion,
                                    LocalDate achievedOn, String note, String by, String sector) {
}
