package dk.tvaers.contracts.plan.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Topics;

import java.util.UUID;

/**
 * The citizen got their one coordinated plan, on a caseworker's request or automatically when a second
 * sector opened a case.
 *
 * @param planId                   the plan (a deterministic function of the citizen's id)
 * @param createdBy                the caseworker's user id, or {@code system} for an automatic plan
 * @param followUpFrequencyMonths  months between follow-ups (1–12; the law's minimum is yearly)
 */
public record PlanCreated(UUID planId, String createdBy, int followUpFrequencyMonths) implements IntegrationPayload {

    public static final EventType<PlanCreated> TYPE = EventType.of("plan.PlanCreated", 1, PlanCreated.class,
            Topics.PLAN);
}
