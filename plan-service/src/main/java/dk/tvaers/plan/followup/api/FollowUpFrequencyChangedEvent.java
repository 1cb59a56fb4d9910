package dk.tvaers.plan.followup.api;

import dk.tvaers.plan.plan.api.PlanEvent;
import dk.tvaers.platform.privacy.DataSubject;
import dk.tvaers.platform.privacy.Erasable;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

@Revision("1")
public record FollowUpFrequencyChangedEvent(UUID planId, @DataSubject UUID citizenId, String organisation, int months,
                                            LocalDate nextDueOn, @Erasable String reason, String by, String sector) implements PlanEvent {
}
