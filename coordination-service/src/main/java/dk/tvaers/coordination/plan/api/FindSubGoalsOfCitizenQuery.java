package dk.tvaers.coordination.plan.api;

import java.util.UUID;

public record FindSubGoalsOfCitizenQuery(UUID citizenId) {
}
