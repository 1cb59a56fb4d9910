package dk.tvaers.plan.followup.api;

import dk.tvaers.plan.plan.api.PlanEvent;
import dk.tvaers.platform.privacy.DataSubject;
import dk.tvaers.platform.privacy.Erasable;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A follow-up was held. {@code trends} says, per sub-goal read, which way the citizen moved since the last
 * reading (the plan computes it when the follow-up is recorded, so it survives the erasure of the readings);
 * it is empty in events recorded before trends were computed.
 */
@Revision("1")
public record FollowUpRecordedEvent(
        UUID planId,
        @DataSubject UUID citizenId,
        String organisation,
        UUID followUpId,
        LocalDate heldOn,
        @Erasable List<Participant> participants,
        @Erasable List<Reading> readings,
        Integer citizenRating,
        @Erasable String citizenComment,
        @Erasable String adjustments,
        LocalDate nextDueOn,
        String by,
        String sector,
        List<ReadingTrend> trends) implements PlanEvent {

    public FollowUpRecordedEvent {
        trends = trends == null ? List.of() : List.copyOf(trends);
    }
}
