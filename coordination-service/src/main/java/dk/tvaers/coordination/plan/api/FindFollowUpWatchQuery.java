package dk.tvaers.coordination.plan.api;

/** The follow-ups due or overdue of the citizens {@code coordinatorId} coordinates. */
public record FindFollowUpWatchQuery(String coordinatorId) {
}
