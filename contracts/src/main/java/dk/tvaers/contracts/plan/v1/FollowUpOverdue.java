package dk.tvaers.contracts.plan.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Topics;

import java.time.LocalDate;
import java.util.UUID;

/** The follow-up that fell due on {@code dueOn} has passed its date without being recorded. */
public record FollowUpOverdue(UUID planId, LocalDate dueOn) implements IntegrationPayload {

    public static final EventType<FollowUpOverdue> TYPE = EventType.of("plan.FollowUpOverdue", 1,
            FollowUpOverdue.class, Topics.PLAN);
}
