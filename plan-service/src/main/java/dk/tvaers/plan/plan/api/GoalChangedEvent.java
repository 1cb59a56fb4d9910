package dk.tvaers.plan.plan.api;

import dk.tvaers.platform.privacy.DataSubject;
import dk.tvaers.platform.privacy.Erasable;
import org.axonframework.serialization.Revision;

import java.util.UUID;

@Revision("1")
public record GoalChangedEvent(UUID planId, @DataSubject UUID citizenId, String organisation, UUID goalId, @Erasable String text,
                               @Erasable String reason, String by, String sector) implements PlanEvent {
}
