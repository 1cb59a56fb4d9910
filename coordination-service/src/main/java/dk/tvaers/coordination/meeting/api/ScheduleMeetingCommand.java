package dk.tvaers.coordination.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Schedule a coordination meeting (tværfagligt møde) with sectors and the citizen, on the plan's sub-goals. */
public record ScheduleMeetingCommand(
        @TargetAggregateIdentifier UUID meetingId,
        UUID citizenId,
        String organisation,
        String scheduledBy,
        String scheduledBySector,
        Instant startsAt,
        String location,
        List<String> sectors,
        boolean citizenInvited,
        List<AgendaItem> agenda,
        Instant requestedAt) {
}
