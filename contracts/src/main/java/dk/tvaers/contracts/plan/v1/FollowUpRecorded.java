package dk.tvaers.contracts.plan.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Topics;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A follow-up (opfølgning) on the plan was held and recorded; the next one falls due on {@code nextDueOn}.
 * Numbers and codes only: who took part, the readings' values, the citizen's comment and the adjustments
 * stay in plan-service.
 *
 * @param citizenRating the citizen's own rating of the help, 1–5, or {@code null} if the citizen gave none
 *                      (and in events from before the rating was published)
 * @param readings      per sub-goal read at this follow-up, which way the citizen moved since the last
 *                      reading (see {@link PlanCodes#TRENDS}); empty if none was read
 */
public record FollowUpRecorded(UUID planId, UUID followUpId, LocalDate heldOn, LocalDate nextDueOn,
                               Integer citizenRating, List<SubGoalReading> readings) implements IntegrationPayload {

    public static final EventType<FollowUpRecorded> TYPE = EventType.of("plan.FollowUpRecorded", 1,
            FollowUpRecorded.class, Topics.PLAN);

    public FollowUpRecorded {
        readings = readings == null ? List.of() : List.copyOf(readings);
    }

    /** A follow-up without a rating or readings, as published before they were added. */
    public FollowUpRecorded(UUID planId, UUID followUpId, LocalDate heldOn, LocalDate nextDueOn) {
        this(planId, followUpId, heldOn, nextDueOn, null, List.of());
    }

    /**
     * One sub-goal read at the follow-up.
     *
     * @param subGoalId the sub-goal
     * @param trend     {@code improved}, {@code unchanged} or {@code worsened} against the last reading (or the
     *                  baseline set with the sub-goal), on the measure's own direction; {@code first} when there
     *                  was nothing to compare with
     */
    public record SubGoalReading(UUID subGoalId, String trend) {
    }
}
