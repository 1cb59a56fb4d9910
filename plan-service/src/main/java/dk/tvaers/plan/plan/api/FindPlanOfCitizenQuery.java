package dk.tvaers.plan.plan.api;

import java.util.UUID;

/** The citizen's plan as it is now, unfiltered: the caller filters by what the reader may see. */
public record FindPlanOfCitizenQuery(UUID citizenId) {
}
