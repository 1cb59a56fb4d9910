package dk.tvaers.contracts.coordination.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Topics;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A coordination meeting (tværfagligt møde) was scheduled with these sectors and, if invited, the citizen.
 * Its agenda lists the plan's sub-goals by id; their wording stays in plan-service.
 */
public record MeetingScheduled(UUID meetingId,
                               Instant startsAt,
                               List<String> sectors,
                               boolean citizenInvited,
                               List<UUID> agendaSubGoalIds,
                               String scheduledBy) implements IntegrationPayload {

    public static final EventType<MeetingScheduled> TYPE =
            EventType.of("coordination.MeetingScheduled", 1, MeetingScheduled.class, Topics.COORDINATION);
}
