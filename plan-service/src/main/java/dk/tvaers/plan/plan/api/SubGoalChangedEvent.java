package dk.tvaers.plan.plan.api;

import dk.tvaers.platform.privacy.DataSubject;
import dk.tvaers.platform.privacy.Erasable;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A sub-goal was adjusted: it is now {@link SubGoalStatus#ADJUSTED} at {@code version}. The measurement is erasable
 * like the wording (see {@link SubGoalAddedEvent}).
 */
@Revision("1")
public record SubGoalChangedEvent(
        UUID planId,
        @DataSubject UUID citizenId,
        String organisation,
        UUID subGoalId,
        String owningSector,
        long version,
        @Erasable String description,
        int priority,
        LocalDate dueOn,
        LifeArea lifeArea,
        @Erasable Measurement measurement,
        LocalDate changedOn,
        @Erasable String reason,
        String by,
        String sector) implements PlanEvent {
}
