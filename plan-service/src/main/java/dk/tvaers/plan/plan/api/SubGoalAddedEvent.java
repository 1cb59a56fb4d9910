package dk.tvaers.plan.plan.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** A sub-goal was added; it starts {@link SubGoalStatus#OPEN} at version 1. */
@Revision("1")
public record SubGoalAddedEvent(
        UUID planId,
        UUID citizenId,
        String organisation,
        UUID subGoalId,
        UUID goalId,
        String description,
        String owningSector,
        int priority,
        LocalDate dueOn,
        LifeArea lifeArea,
        Measurement measurement,
        LocalDate addedOn,
        String by) implements PlanEvent {
}
