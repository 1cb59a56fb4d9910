package dk.tvaers.plan.plan.api;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** Plans of these citizens whose next follow-up falls due on or before {@code dueBy}, soonest first. */
public record FindFollowUpsDueQuery(Set<UUID> citizenIds, LocalDate dueBy) {
}
