package dk.tvaers.plan.plan.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

@Revision("1")
public record SubGoalAchievedEvent(UUID planId, UUID citizenId, String organisation, UUID subGoalId,
                                   String owningSector, long version, LocalDate achievedOn, String note, String by,
                                   String sector) implements PlanEvent {
}
