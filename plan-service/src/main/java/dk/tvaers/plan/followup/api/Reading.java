package dk.tvaers.plan.followup.api;

import java.math.BigDecimal;
import java.util.UUID;

/** Where the citizen stands on one sub-goal at a follow-up, on the sub-goal's own measure. */
public record Reading(UUID subGoalId, BigDecimal value, String note) {
}
