package dk.tvaers.contracts.plan.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Topics;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A sub-goal was adjusted (wording, priority, due date, life area or measure). The reason stays in
 * plan-service.
 *
 * @param status  {@code adjusted}
 * @param version the sub-goal's version after the change
 */
public record SubGoalChanged(UUID planId, UUID subGoalId, String owningSector, String lifeArea, int priority,
                             String status, LocalDate dueOn, LocalDate changedOn, long version)
        implements IntegrationPayload {

    public static final EventType<SubGoalChanged> TYPE = EventType.of("plan.SubGoalChanged", 1,
            SubGoalChanged.class, Topics.PLAN);
}
