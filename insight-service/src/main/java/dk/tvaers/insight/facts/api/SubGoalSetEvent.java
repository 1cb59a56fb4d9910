package dk.tvaers.insight.facts.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** A sub-goal (delmål) was set with the citizen (plan.SubGoalAdded). Its wording stays in plan-service. */
@Revision("1")
public record SubGoalSetEvent(UUID citizenId, String organisation, UUID subGoalId, String owningSector,
                              LocalDate setOn) implements CitizenFact {
}
