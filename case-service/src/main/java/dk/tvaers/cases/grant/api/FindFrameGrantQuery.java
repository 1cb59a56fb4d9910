package dk.tvaers.cases.grant.api;

import java.util.UUID;

public record FindFrameGrantQuery(UUID frameGrantId) {
}
