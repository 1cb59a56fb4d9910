package dk.tvaers.coordination.meeting.api;

import dk.tvaers.platform.privacy.CitizenData;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A coordination meeting with its agenda and decisions. */
public record MeetingView(UUID meetingId, UUID citizenId, String organisation, String scheduledBy,
                          String scheduledBySector, Instant startsAt, String location, List<String> sectors,
                          boolean citizenInvited, String status, String cancellationReason, List<AgendaItem> agenda,
                          List<Decision> decisions) implements CitizenData {

    public record Decision(UUID decisionId, UUID subGoalId, String text, String responsibleSector, LocalDate dueOn,
                           String recordedBy, Instant recordedAt) {
    }
}
