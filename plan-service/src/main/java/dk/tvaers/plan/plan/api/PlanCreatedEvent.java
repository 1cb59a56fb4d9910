package dk.tvaers.plan.plan.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

@Revision("1")
public record PlanCreatedEvent(
        UUID planId,
        UUID citizenId,
        String organisation,
        String createdBy,
        String sector,
        boolean automatic,
        String dream,
        int followUpFrequencyMonths,
        LocalDate createdOn,
        LocalDate nextFollowUpDueOn) implements PlanEvent {
}
