package dk.tvaers.insight.facts.api;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** A coordination meeting was cancelled. */
@Revision("1")
public record MeetingCancelledEvent(UUID citizenId, String organisation, UUID meetingId) implements CitizenFact {
}
