package dk.tvaers.plan.followup.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Record a follow-up that was held: who took part, a reading per sub-goal, the citizen's own rating of the
 * help (1–5) and comment, the adjustments agreed, and when the next one falls due ({@code null}: after the
 * plan's frequency). Repeating it with the same id and content changes nothing.
 */
public record RecordFollowUpCommand(
        @TargetAggregateIdentifier UUID planId,
        UUID followUpId,
        LocalDate heldOn,
        List<Participant> participants,
        List<Reading> readings,
        Integer citizenRating,
        String citizenComment,
        String adjustments,
        LocalDate nextDueOn,
        String by,
        String sector) {
}
