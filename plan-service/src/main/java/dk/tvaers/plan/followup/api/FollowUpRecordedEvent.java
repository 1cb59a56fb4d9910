package dk.tvaers.plan.followup.api;

import dk.tvaers.plan.plan.api.PlanEvent;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Revision("1")
public record FollowUpRecordedEvent(
        UUID planId,
        UUID citizenId,
        String organisation,
        UUID followUpId,
        LocalDate heldOn,
        List<Participant> participants,
        List<Reading> readings,
        Integer citizenRating,
        String citizenComment,
        String adjustments,
        LocalDate nextDueOn,
        String by,
        String sector) implements PlanEvent {
}
