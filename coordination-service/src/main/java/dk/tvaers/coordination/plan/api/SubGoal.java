package dk.tvaers.coordination.plan.api;

import dk.tvaers.platform.privacy.CitizenData;

import java.time.LocalDate;
import java.util.UUID;

/** A sub-goal of the citizen's plan as plan-service published it: id, owning sector, status, dates. */
public record SubGoal(UUID subGoalId, UUID planId, UUID citizenId, String owningSector, String lifeArea,
                      int priority, String status, LocalDate dueOn) implements CitizenData {

    public boolean isOpen() {
        return !"achieved".equals(status) && !"dropped".equals(status);
    }
}
