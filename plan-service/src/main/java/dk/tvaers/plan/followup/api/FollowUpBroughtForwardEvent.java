package dk.tvaers.plan.followup.api;

import dk.tvaers.plan.plan.api.PlanEvent;
import dk.tvaers.platform.privacy.DataSubject;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** The next follow-up was brought forward to {@code nextDueOn} on a proposal; the frequency stays. */
@Revision("1")
public record FollowUpBroughtForwardEvent(UUID planId, @DataSubject UUID citizenId, String organisation,
                                          UUID proposalId, String cause, String sector, LocalDate nextDueOn,
                                          int followUpFrequencyMonths) implements PlanEvent {
}
