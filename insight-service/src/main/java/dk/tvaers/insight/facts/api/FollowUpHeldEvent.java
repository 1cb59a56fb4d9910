package dk.tvaers.insight.facts.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A follow-up was held (plan.FollowUpRecorded): the citizen's rating of the help (1–5, or {@code null}) and,
 * per sub-goal read, its trend code. No values, no words.
 */
@Revision("1")
public record FollowUpHeldEvent(UUID citizenId, String organisation, UUID followUpId, LocalDate heldOn,
                                Integer rating, List<SubGoalTrend> trends) implements CitizenFact {

    public FollowUpHeldEvent {
        trends = trends == null ? List.of() : List.copyOf(trends);
    }

    /** {@code trend}: improved, unchanged, worsened or first. */
    public record SubGoalTrend(UUID subGoalId, String trend) {
    }
}
