package dk.tvaers.coordination.involvement.api;

import java.util.Set;
import java.util.UUID;

/** The citizens among {@code citizenIds} who need a coordinating caseworker. */
public record FindCoordinatorNeedsQuery(Set<UUID> citizenIds) {
}
