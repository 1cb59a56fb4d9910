package dk.tvaers.plan.plan.api;

import java.time.Instant;
import java.util.UUID;

/**
 * One change to a plan, from the event store: who changed what, when and why.
 *
 * @param change       what happened, e.g. {@code SUB_GOAL_CHANGED}
 * @param by           user id, or {@code system} for what the plan did by itself
 * @param sector       the sector the change was made from, if any
 * @param subject      the goal, sub-goal, activity or follow-up it concerns, if any
 * @param owningSector the sector owning that sub-goal or activity, if any
 * @param summary      the wording after the change, in the citizen's or caseworker's words, if any
 * @param reason       why, as given
 */
public record PlanChange(long version, Instant at, String change, String by, String sector, UUID subject,
                         String owningSector, String summary, String reason) {
}
