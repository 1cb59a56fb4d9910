package dk.tvaers.coordination.meeting.api;

import dk.tvaers.platform.privacy.DataSubject;
import dk.tvaers.platform.privacy.Erasable;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

@Revision("1")
public record MeetingCancelledEvent(UUID meetingId, @DataSubject UUID citizenId, String organisation,
                                    @Erasable String reason,
                                    String cancelledBy, Instant cancelledAt) {
}
