package dk.tvaers.plan.plan.api;

import org.axonframework.serialization.Revision;

import java.util.UUID;

@Revision("1")
public record DreamChangedEvent(UUID planId, UUID citizenId, String organisation, String dream, String reason,
                                String by, String sector) implements PlanEvent {
}
