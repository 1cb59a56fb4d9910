package dk.tvaers.coordination.involvement.api;

import dk.tvaers.platform.privacy.CitizenData;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A citizen without a coordinating caseworker, on the list the team works from. */
public record CoordinatorNeed(UUID citizenId, String organisation, String reason, String previousCaseworkerId,
                              List<String> involvedSectors, Instant since) implements CitizenData {
}
