package dk.tvaers.coordination.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Record what the meeting decided about one of the sub-goals on its agenda. */
public record RecordMeetingDecisionCommand(
        @TargetAggregateIdentifier UUID meetingId,
        UUID citizenId,
        UUID decisionId,
        UUID subGoalId,
        String text,
        String responsibleSector,
        LocalDate dueOn,
        String recordedBy,
        Instant recordedAt) {
}
