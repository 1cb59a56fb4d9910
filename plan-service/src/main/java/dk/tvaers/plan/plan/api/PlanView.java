package dk.tvaers.plan.plan.api;

import dk.tvaers.plan.followup.api.Participant;
import dk.tvaers.platform.privacy.CitizenData;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The plan as every involved sector sees it (each only the sub-goals and activities it may read).
 *
 * @param version the plan's last event sequence number: how far this view has come
 * @param asOf    for a historical view, the moment it shows; {@code null} for the current plan
 */
public record PlanView(
        UUID planId,
        UUID citizenId,
        String organisation,
        LocalDate createdOn,
        String createdBy,
        boolean createdAutomatically,
        String dream,
        List<GoalView> goals,
        List<SubGoalView> subGoals,
        List<ActivityView> activities,
        FollowUpSchedule followUp,
        List<FollowUpView> followUps,
        long version,
        Instant asOf) implements CitizenData {

    public record GoalView(UUID goalId, String text) {
    }

    /** A sub-goal with its version (send it back to change the sub-goal) and its series of readings. */
    public record SubGoalView(
            UUID subGoalId,
            UUID goalId,
            String description,
            String owningSector,
            int priority,
            LocalDate dueOn,
            LifeArea lifeArea,
            Measurement measurement,
            SubGoalStatus status,
            String statusReason,
            LocalDate statusChangedOn,
            long version,
            List<ReadingView> readings) {
    }

    public record ReadingView(LocalDate on, BigDecimal value, UUID followUpId, String note) {
    }

    public record ActivityView(
            UUID activityId,
            ActivityKind kind,
            String title,
            String sector,
            String provider,
            String reference,
            LocalDate startsOn,
            LocalDate endsOn,
            LocalDate endedOn,
            List<UUID> subGoalIds) {
    }

    /** @param state {@code SCHEDULED}, {@code DUE} (today) or {@code OVERDUE} */
    public record FollowUpSchedule(int frequencyMonths, LocalDate nextDueOn, String state, LocalDate lastHeldOn) {
    }

    public record FollowUpView(
            UUID followUpId,
            LocalDate heldOn,
            List<Participant> participants,
            List<FollowUpReading> readings,
            Integer citizenRating,
            String citizenComment,
            String adjustments,
            LocalDate nextDueOn,
            String recordedBy) {
    }

    public record FollowUpReading(UUID subGoalId, BigDecimal value, String note) {
    }

    /** This plan with only the sub-goals (and the activities and readings about them) the reader may see. */
    public PlanView visibleTo(Predicate<String> mayReadSector) {
        List<SubGoalView> visible = subGoals.stream().filter(s -> mayReadSector.test(s.owningSector())).toList();
        List<UUID> ids = visible.stream().map(SubGoalView::subGoalId).toList();
        List<ActivityView> visibleActivities = activities.stream()
                .filter(a -> mayReadSector.test(a.sector()))
                .map(a -> new ActivityView(a.activityId(), a.kind(), a.title(), a.sector(), a.provider(),
                        a.reference(), a.startsOn(), a.endsOn(), a.endedOn(),
                        a.subGoalIds().stream().filter(ids::contains).toList()))
                .toList();
        List<FollowUpView> visibleFollowUps = followUps.stream()
                .map(f -> new FollowUpView(f.followUpId(), f.heldOn(), f.participants(),
                        f.readings().stream().filter(r -> ids.contains(r.subGoalId())).toList(), f.citizenRating(),
                        f.citizenComment(), f.adjustments(), f.nextDueOn(), f.recordedBy()))
                .toList();
        return new PlanView(planId, citizenId, organisation, createdOn, createdBy, createdAutomatically, dream, goals,
                visible, visibleActivities, followUp, visibleFollowUps, version, asOf);
    }
}
