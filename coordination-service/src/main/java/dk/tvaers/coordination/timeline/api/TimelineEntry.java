package dk.tvaers.coordination.timeline.api;

import dk.tvaers.platform.privacy.CitizenData;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One thing that happened to the citizen, in any sector. {@code sector} owns the information ({@code null}:
 * shared by everyone involved, such as who coordinates); {@code category} is the consent category that lets
 * another sector see it; {@code parties} are the sectors that see it whatever the consent because they take part
 * (both sides of a referral, a meeting's sectors). {@code summary} is in Danish, for the timeline view.
 */
public record TimelineEntry(UUID entryId, UUID citizenId, Instant occurredAt, String sector, String category,
                            List<String> parties, String kind, String summary) implements CitizenData {

    public TimelineEntry {
        parties = parties == null ? List.of() : List.copyOf(parties);
    }
}
