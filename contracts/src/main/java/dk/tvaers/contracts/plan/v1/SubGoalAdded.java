package dk.tvaers.contracts.plan.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Topics;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A sector added a sub-goal (delmål) that it owns to the citizen's plan. The wording stays in plan-service.
 *
 * @param lifeArea the VUM theme, see {@link PlanCodes#LIFE_AREAS}
 * @param status   {@code open}
 */
public record SubGoalAdded(UUID planId, UUID subGoalId, UUID goalId, String owningSector, String lifeArea,
                           int priority, String status, LocalDate dueOn, LocalDate addedOn)
        implements IntegrationPayload {

    public static final EventType<SubGoalAdded> TYPE = EventType.of("plan.SubGoalAdded", 1, SubGoalAdded.class,
            Topics.PLAN);
}
