package dk.tvaers.plan.plan.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Revision("1")
public record ActivityAddedEvent(
        UUID planId,
        UUID citizenId,
        String organisation,
        UUID activityId,
        ActivityKind kind,
        String title,
        String sector,
        String provider,
        String reference,
        LocalDate startsOn,
        LocalDate endsOn,
        List<UUID> subGoalIds,
        String by) implements PlanEvent {
}
