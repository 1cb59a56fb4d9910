package dk.tvaers.contracts.plan.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Topics;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The plan's follow-up frequency changed, and with it the date the next follow-up falls due (without a
 * follow-up being held; a held one is {@link FollowUpRecorded}).
 */
public record FollowUpRescheduled(UUID planId, int followUpFrequencyMonths, LocalDate nextDueOn)
        implements IntegrationPayload {

    public static final EventType<FollowUpRescheduled> TYPE = EventType.of("plan.FollowUpRescheduled", 1,
            FollowUpRescheduled.class, Topics.PLAN);
}
