package dk.tvaers.plan.plan.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

@Revision("1")
public record ActivityEndedEvent(UUID planId, UUID citizenId, String organisation, UUID activityId, String sector,
                                 LocalDate endedOn, String reason, String by) implements PlanEvent {
}
