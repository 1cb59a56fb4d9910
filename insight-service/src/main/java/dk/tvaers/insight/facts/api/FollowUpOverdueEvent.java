package dk.tvaers.insight.facts.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** The follow-up due on {@code dueOn} was not held in time (plan.FollowUpOverdue). */
@Revision("1")
public record FollowUpOverdueEvent(UUID citizenId, String organisation, LocalDate dueOn) implements CitizenFact {
}
