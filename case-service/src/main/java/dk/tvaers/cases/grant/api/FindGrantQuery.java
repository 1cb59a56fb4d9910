package dk.tvaers.cases.grant.api;

import java.util.UUID;

public record FindGrantQuery(UUID grantId) {
}
