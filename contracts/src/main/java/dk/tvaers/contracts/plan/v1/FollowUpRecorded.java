package dk.tvaers.contracts.plan.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Topics;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A follow-up (opfølgning) on the plan was held and recorded; the next one falls due on {@code nextDueOn}.
 * Who took part, the readings and the citizen's rating stay in plan-service.
 */
public record FollowUpRecorded(UUID planId, UUID followUpId, LocalDate heldOn, LocalDate nextDueOn)
        implements IntegrationPayload {

    public static final EventType<FollowUpRecorded> TYPE = EventType.of("plan.FollowUpRecorded", 1,
            FollowUpRecorded.class, Topics.PLAN);
}
