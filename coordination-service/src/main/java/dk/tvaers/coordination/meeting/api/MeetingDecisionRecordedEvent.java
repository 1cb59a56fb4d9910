package dk.tvaers.coordination.meeting.api;

import dk.tvaers.platform.privacy.DataSubject;
import dk.tvaers.platform.privacy.Erasable;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

@Revision("1")
public record MeetingDecisionRecordedEvent(
        UUID meetingId,
        @DataSubject UUID citizenId,
        String organisation,
        UUID decisionId,
        UUID subGoalId,
        @Erasable String text,
        String responsibleSector,
        LocalDate dueOn,
        String recordedBy) {
}
