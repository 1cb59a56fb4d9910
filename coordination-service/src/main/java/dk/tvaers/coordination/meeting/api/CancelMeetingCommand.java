package dk.tvaers.coordination.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

public record CancelMeetingCommand(@TargetAggregateIdentifier UUID meetingId, UUID citizenId, String reason,
                                   String cancelledBy, Instant cancelledAt) {
}
