package dk.tvaers.plan.followup.api;

import java.util.UUID;

/**
 * Which way the citizen moved on one sub-goal at a follow-up, computed by the plan from the reading, the
 * reading before it (or the sub-goal's baseline) and the measure's direction. Carries no value and no words,
 * so it is not erasable and can leave the service.
 */
public record ReadingTrend(UUID subGoalId, Trend trend) {
}
