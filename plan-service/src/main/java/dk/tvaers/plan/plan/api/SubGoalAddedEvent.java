package dk.tvaers.plan.plan.api;

import dk.tvaers.platform.privacy.DataSubject;
import dk.tvaers.platform.privacy.Erasable;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** A sub-goal was added; it starts {@link SubGoalStatus#OPEN} at version 1. */
@Revision("1")
public record SubGoalAddedEvent(
        UUID planId,
        @DataSubject UUID citizenId,
        String organisation,
        UUID subGoalId,
        UUID goalId,
        @Erasable String description,
        String owningSector,
        int priority,
        LocalDate dueOn,
        LifeArea lifeArea,
        Measurement measurement,
        LocalDate addedOn,
        String by) implements PlanEvent {
}
