package dk.tvaers.plan.plan.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Split a goal into a short, specific sub-goal (delmål) that one sector owns. Repeating it with the same id
 * and content changes nothing, so a client may retry.
 */
public record AddSubGoalCommand(
        @TargetAggregateIdentifier UUID planId,
        UUID subGoalId,
        UUID goalId,
        String description,
        String owningSector,
        int priority,
        LocalDate dueOn,
        LifeArea lifeArea,
        Measurement measurement,
        String by) {
}
