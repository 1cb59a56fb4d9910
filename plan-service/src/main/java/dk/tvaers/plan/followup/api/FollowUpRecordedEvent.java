package dk.tvaers.plan.followup.api;

import dk.tvaers.plan.plan.api.PlanEvent;
import dk.tvaers.platform.privacy.DataSubject;
import dk.tvaers.platform.privacy.Erasable;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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
        String sector) implements PlanEvent {
}
