package dk.tvaers.contracts.plan.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Topics;

import java.time.LocalDate;
import java.util.UUID;

/** A sub-goal was dropped; the reason stays in plan-service. {@code status} is {@code dropped}. */
public record SubGoalDropped(UUID planId, UUID subGoalId, String owningSector, String status, LocalDate droppedOn,
                             long version) implements IntegrationPayload {

    public static final EventType<SubGoalDropped> TYPE = EventType.of("plan.SubGoalDropped", 1,
            SubGoalDropped.class, Topics.PLAN);
}
