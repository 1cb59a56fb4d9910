package dk.tvaers.plan.followup.api;

import dk.tvaers.plan.plan.api.PlanEvent;
import dk.tvaers.platform.privacy.DataSubject;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** The follow-up due on {@code dueOn} was not recorded by the end of that day. */
@Revision("1")
public record FollowUpOverdueEvent(UUID planId, @DataSubject UUID citizenId, String organisation, LocalDate dueOn) implements PlanEvent {
}
