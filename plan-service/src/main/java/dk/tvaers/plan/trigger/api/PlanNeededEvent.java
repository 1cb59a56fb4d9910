package dk.tvaers.plan.trigger.api;

import org.axonframework.serialization.Revision;

import java.util.List;
import java.util.UUID;

/**
 * The citizen now has open cases in two or more sectors, so they need one coordinated plan.
 *
 * @param organisation the organisation of the citizen's longest-open case: the plan belongs to it
 * @param sectors      the sectors with an open case
 */
@Revision("1")
public record PlanNeededEvent(UUID citizenId, String organisation, List<String> sectors) {
}
