package dk.tvaers.insight.facts.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** A coordination meeting (tværfagligt møde) on the citizen's plan, on {@code meetsOn}. */
@Revision("1")
public record MeetingScheduledEvent(UUID citizenId, String organisation, UUID meetingId, LocalDate meetsOn)
        implements CitizenFact {
}
