package dk.tvaers.coordination.involvement.api;

import java.util.UUID;

public record FindCoordinatorQuery(UUID citizenId) {
}
