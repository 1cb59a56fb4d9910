package dk.tvaers.contracts.plan.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Topics;

import java.time.LocalDate;
import java.util.UUID;

/** The plan's follow-up falls due today ({@code dueOn}) and has not been recorded. Raised by the plan itself. */
public record FollowUpDue(UUID planId, LocalDate dueOn) implements IntegrationPayload {

    public static final EventType<FollowUpDue> TYPE = EventType.of("plan.FollowUpDue", 1, FollowUpDue.class,
            Topics.PLAN);
}
