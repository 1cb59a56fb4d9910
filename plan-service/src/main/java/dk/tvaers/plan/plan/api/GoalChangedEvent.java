package dk.tvaers.plan.plan.api;

import org.axonframework.serialization.Revision;

import java.util.UUID;

@Revision("1")
public record GoalChangedEvent(UUID planId, UUID citizenId, String organisation, UUID goalId, String text,
                               String reason, String by, String sector) implements PlanEvent {
}
