package dk.tvaers.coordination.timeline.api;

import dk.tvaers.platform.privacy.CitizenData;

import java.time.Instant;
import java.util.UUID;

/**
 * One thing that happened to the citizen, in any sector. {@code sector} owns the information ({@code null}:
 * shared by everyone involved, such as who coordinates); {@code category} is the consent category that lets
 * another sector see it. {@code summary} is in Danish, for the timeline view.
 */
public record TimelineEntry(UUID entryId, UUID citizenId, Instant occurredAt, String sector, String category,
                            String kind, String summary) implements CitizenData {
}
