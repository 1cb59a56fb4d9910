package dk.tvaers.plan.plan.api;

import dk.tvaers.platform.privacy.CitizenData;

import java.util.List;
import java.util.UUID;

/** Every change to a citizen's plan the reader may see, oldest first. */
public record PlanChangeLog(UUID planId, UUID citizenId, List<PlanChange> changes) implements CitizenData {
}
