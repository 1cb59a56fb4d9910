package dk.tvaers.plan.plan.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Record the help given (indsats: a grant, an enrolment, a group course...) and the sub-goals it serves.
 *
 * @param sector    the sector giving the help, which owns the activity
 * @param reference the id of the grant, enrolment or offer in the system that holds it, if any
 */
public record AddActivityCommand(
        @TargetAggregateIdentifier UUID planId,
        UUID activityId,
        ActivityKind kind,
        String title,
        String sector,
        String provider,
        String reference,
        LocalDate startsOn,
        LocalDate endsOn,
        List<UUID> subGoalIds,
        String by) {
}
