package dk.tvaers.plan.plan.api;

import dk.tvaers.platform.privacy.DataSubject;
import dk.tvaers.platform.privacy.Erasable;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

@Revision("1")
public record ActivityEndedEvent(UUID planId, @DataSubject UUID citizenId, String organisation, UUID activityId, String sector,
                                 LocalDate endedOn, @Erasable String reason, String by) implements PlanEvent {
}
