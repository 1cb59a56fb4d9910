package dk.tvaers.coordination.meeting.api;

import java.util.UUID;

/**
 * A sub-goal of the citizen's plan on a meeting's agenda, as plan-service published it when the meeting was
 * scheduled: its id, owning sector and status. The sub-goal's wording stays in plan-service.
 */
public record AgendaItem(UUID subGoalId, String owningSector, String status) {
}
