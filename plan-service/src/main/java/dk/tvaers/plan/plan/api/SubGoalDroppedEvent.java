package dk.tvaers.plan.plan.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

@Revision("1")
public record SubGoalDroppedEvent(UUID planId, UUID citizenId, String organisation, UUID subGoalId,
                                  String owningSector, long version, LocalDate droppedOn, String reason, String by,
                                  String sector) implements PlanEvent {
}
