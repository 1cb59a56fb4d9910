package dk.tvaers.insight.facts.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** From {@code setOn} the plan is followed up every {@code frequencyMonths} months (plan.FollowUpRescheduled). */
@Revision("1")
public record FollowUpFrequencySetEvent(UUID citizenId, String organisation, LocalDate setOn, int frequencyMonths)
        implements CitizenFact {
}
