package dk.tvaers.plan.plan.web;

import dk.tvaers.contracts.ConsentCategories;
import dk.tvaers.plan.plan.api.PlanChange;
import dk.tvaers.plan.plan.api.PlanView;
import dk.tvaers.plan.plan.query.PlanHistory;
import dk.tvaers.plan.plan.query.PlanSheet;
import dk.tvaers.platform.domain.NotFoundException;
import dk.tvaers.platform.privacy.CitizenAccess;
import dk.tvaers.platform.security.Actor;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * Who may see and change which part of a plan. The dream, goals and follow-up schedule are shared by every
 * sector working with the citizen; a sub-goal or activity belongs to its sector, and another sector sees it
 * only as far as the citizen's consent shares plans between the two (filtered out, not refused: the rest
 * of the plan is still theirs to see). A sector changes its own sub-goals; the shared parts are changed by
 * the coordinator or a sector working with the citizen.
 */
@Component
class PlanAccess {

    static final String CATEGORY = ConsentCategories.PLAN;

    private final CitizenAccess access;
    private final PlanHistory history;

    PlanAccess(CitizenAccess access, PlanHistory history) {
        this.access = access;
        this.history = history;
    }

    void requireRead(Actor actor, UUID citizenId) {
        access.requireRead(actor, citizenId, null, CATEGORY);
    }

    boolean mayRead(Actor actor, UUID citizenId, String owningSector) {
        return access.canRead(actor, citizenId, owningSector, CATEGORY);
    }

    PlanView readable(Actor actor, PlanView plan) {
        return plan.visibleTo(sector -> mayRead(actor, plan.citizenId(), sector));
    }

    List<PlanChange> readable(Actor actor, UUID citizenId, List<PlanChange> changes) {
        return changes.stream()
                .filter(c -> c.owningSector() == null || mayRead(actor, citizenId, c.owningSector()))
                .toList();
    }

    /** The shared parts: the dream, goals, follow-ups and their frequency. */
    void requireSharedChange(Actor actor, UUID citizenId) {
        access.requireChange(actor, citizenId, actor.sector());
    }

    /** A part owned by {@code sector}: its sub-goals and activities. */
    void requireSectorChange(Actor actor, UUID citizenId, String sector) {
        access.requireChange(actor, citizenId, sector);
    }

    /** The plan as the event store has it now, for deciding a write; 404 if there is no plan. */
    PlanSheet current(UUID citizenId) {
        return history.current(citizenId).orElseThrow(() -> new NotFoundException("plan of citizen", citizenId));
    }

    /** The sector owning a sub-goal; 404 if the plan has none such or the actor may not see it. */
    String owningSectorOf(Actor actor, UUID citizenId, UUID subGoalId) {
        return current(citizenId).subGoals.stream()
                .filter(s -> s.subGoalId.equals(subGoalId))
                .map(s -> s.owningSector)
                .filter(sector -> mayRead(actor, citizenId, sector))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("sub-goal", subGoalId));
    }

    /** The sector giving a piece of help; 404 if the plan has none such or the actor may not see it. */
    String owningSectorOfActivity(Actor actor, UUID citizenId, UUID activityId) {
        return current(citizenId).activities.stream()
                .filter(a -> a.activityId.equals(activityId))
                .map(a -> a.sector)
                .filter(sector -> mayRead(actor, citizenId, sector))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("activity", activityId));
    }
}
