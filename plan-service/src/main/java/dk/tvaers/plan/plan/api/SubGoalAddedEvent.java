package dk.tvaers.plan.plan.api;

import dk.tvaers.platform.privacy.DataSubject;
import dk.tvaers.platform.privacy.Erasable;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A sub-goal was added; it starts {@link SubGoalStatus#OPEN} at version 1. The measurement is erasable like the
 * wording: its unit is the caseworker's free text and with the baseline and target it says where the citizen
 * stands ("12 øl om dagen"); once the citizen is erased it reads as {@code null}.
 */
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
        @Erasable Measurement measurement,
        LocalDate addedOn,
        String by) implements PlanEvent {
}
