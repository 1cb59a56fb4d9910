package dk.tvaers.coordination.meeting.api;

import dk.tvaers.platform.privacy.DataSubject;
import dk.tvaers.platform.privacy.Erasable;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Revision("1")
public record MeetingScheduledEvent(
        UUID meetingId,
        @DataSubject UUID citizenId,
        String organisation,
        String scheduledBy,
        String scheduledBySector,
        Instant startsAt,
        @Erasable String location,
        List<String> sectors,
        boolean citizenInvited,
        List<AgendaItem> agenda) {
}
