package dk.tvaers.plan.followup.api;

import dk.tvaers.plan.plan.api.PlanEvent;
import dk.tvaers.platform.privacy.DataSubject;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** The plan's follow-up falls due today and has not been recorded; raised by the plan's own deadline. */
@Revision("1")
public record FollowUpDueEvent(UUID planId, @DataSubject UUID citizenId, String organisation, LocalDate dueOn) implements PlanEvent {
}
