package dk.tvaers.plan.plan.api;

import dk.tvaers.platform.privacy.DataSubject;
import dk.tvaers.platform.privacy.Erasable;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Revision("1")
public record ActivityAddedEvent(
        UUID planId,
        @DataSubject UUID citizenId,
        String organisation,
        UUID activityId,
        ActivityKind kind,
        @Erasable String title,
        String sector,
        @Erasable String provider,
        String reference,
        LocalDate startsOn,
        LocalDate endsOn,
        List<UUID> subGoalIds,
        String by) implements PlanEvent {
}
