package dk.tvaers.coordination.consent.api;

import java.util.UUID;

public record FindConsentsQuery(UUID citizenId) {
}
