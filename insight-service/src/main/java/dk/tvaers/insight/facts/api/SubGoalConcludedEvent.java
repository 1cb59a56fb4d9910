package dk.tvaers.insight.facts.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** A sub-goal was reached ({@code achieved}) or given up ({@code dropped}) (plan.SubGoalAchieved/Dropped). */
@Revision("1")
public record SubGoalConcludedEvent(UUID citizenId, String organisation, UUID subGoalId, String owningSector,
                                    String outcome, LocalDate concludedOn) implements CitizenFact {

    public static final String ACHIEVED = "achieved";
    public static final String DROPPED = "dropped";
}
