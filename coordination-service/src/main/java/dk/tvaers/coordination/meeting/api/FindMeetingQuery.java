package dk.tvaers.coordination.meeting.api;

import java.util.UUID;

public record FindMeetingQuery(UUID meetingId) {
}
