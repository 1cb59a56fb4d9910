package dk.tvaers.plan.plan.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Adjust a sub-goal. {@code expectedVersion} is the version the caller last read: a change based on an older
 * version is a conflict, so two sectors never overwrite each other unknowingly.
 */
public record ChangeSubGoalCommand(
        @TargetAggregateIdentifier UUID planId,
        UUID subGoalId,
        long expectedVersion,
        String description,
        int priority,
        LocalDate dueOn,
        LifeArea lifeArea,
        Measurement measurement,
        String reason,
        String by,
        String sector) {
}
