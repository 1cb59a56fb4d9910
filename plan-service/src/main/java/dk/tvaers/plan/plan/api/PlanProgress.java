package dk.tvaers.plan.plan.api;

import dk.tvaers.platform.privacy.CitizenData;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Progress at a glance: how many sub-goals are achieved (of those not dropped) and, per sub-goal, its series
 * of readings and which way it is going.
 *
 * @param shareAchieved achieved sub-goals divided by sub-goals not dropped, 0–1 (0 when there are none)
 */
public record PlanProgress(
        UUID planId,
        UUID citizenId,
        int subGoals,
        int open,
        int achieved,
        int dropped,
        BigDecimal shareAchieved,
        List<SubGoalProgress> progress) implements CitizenData {

    /** Which way the readings go: the last reading against the one before (or the starting point). */
    public enum Trend {
        UP, FLAT, DOWN, NOT_ENOUGH_READINGS
    }

    /**
     * @param improving whether the trend is the good direction for this measure ({@code null} if flat or unknown)
     * @param targetReached whether the latest reading has reached the target
     */
    public record SubGoalProgress(
            UUID subGoalId,
            String description,
            String owningSector,
            LifeArea lifeArea,
            SubGoalStatus status,
            Measurement measurement,
            List<PlanView.ReadingView> readings,
            BigDecimal latest,
            Trend trend,
            Boolean improving,
            boolean targetReached) {
    }
}
