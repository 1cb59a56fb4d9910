package dk.tvaers.contracts.coordination.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Topics;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A sector system's event (a discharge from psychiatry, a release date from probation) proposes a follow-up
 * of the citizen's plan by {@code suggestedBy}. plan-service decides whether to schedule it.
 */
public record FollowUpProposed(UUID proposalId,
                               String cause,
                               String sector,
                               LocalDate suggestedBy,
                               UUID sourceEventId) implements IntegrationPayload {

    public static final EventType<FollowUpProposed> TYPE =
            EventType.of("coordination.FollowUpProposed", 1, FollowUpProposed.class, Topics.COORDINATION);
}
