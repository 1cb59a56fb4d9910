package dk.tvaers.plan.plan.api;

import dk.tvaers.platform.privacy.DataSubject;
import dk.tvaers.platform.privacy.Erasable;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

@Revision("1")
public record SubGoalDroppedEvent(UUID planId, @DataSubject UUID citizenId, String organisation, UUID subGoalId,
                                  String owningSector, long version, LocalDate droppedOn, @Erasable String reason, String by,
                                  String sector) implements PlanEvent {
}
