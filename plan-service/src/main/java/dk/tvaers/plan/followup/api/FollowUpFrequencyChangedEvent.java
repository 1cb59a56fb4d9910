package dk.tvaers.plan.followup.api;

import dk.tvaers.plan.plan.api.PlanEvent;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

@Revision("1")
public record FollowUpFrequencyChangedEvent(UUID planId, UUID citizenId, String organisation, int months,
                                            LocalDate nextDueOn, String reason, String by, String sector) implements PlanEvent {
}
