package dk.tvaers.coordination.involvement.api;

import dk.tvaers.platform.privacy.CitizenData;

import java.time.Instant;
import java.util.UUID;

/** The citizen's coordinating caseworker, as every sector sees it. */
public record Coordinator(UUID citizenId, String caseworkerId, String sector, String organisation,
                          String previousCaseworkerId, String reason, Instant since) implements CitizenData {
}
