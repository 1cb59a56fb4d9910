package dk.tvaers.plan.plan.api;

import dk.tvaers.platform.privacy.DataSubject;
import dk.tvaers.platform.privacy.Erasable;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

@Revision("1")
public record PlanCreatedEvent(
        UUID planId,
        @DataSubject UUID citizenId,
        String organisation,
        String createdBy,
        String sector,
        boolean automatic,
        @Erasable String dream,
        int followUpFrequencyMonths,
        LocalDate createdOn,
        LocalDate nextFollowUpDueOn) implements PlanEvent {
}
