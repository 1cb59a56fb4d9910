package dk.tvaers.contracts.plan.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Topics;

import java.time.LocalDate;
import java.util.UUID;

/** The citizen reached a sub-goal. {@code status} is {@code achieved}. */
public record SubGoalAchieved(UUID planId, UUID subGoalId, String owningSector, String status, LocalDate achievedOn,
                              long version) implements IntegrationPayload {

    public static final EventType<SubGoalAchieved> TYPE = EventType.of("plan.SubGoalAchieved", 1,
            SubGoalAchieved.class, Topics.PLAN);
}
