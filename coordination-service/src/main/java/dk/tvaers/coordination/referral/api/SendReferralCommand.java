package dk.tvaers.coordination.referral.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One sector refers the citizen to another, with a reason and the plan's sub-goal the referral serves. The
 * receiving sector is expected to answer within {@code answerWithin}; otherwise the referral is flagged.
 */
public record SendReferralCommand(
        @TargetAggregateIdentifier UUID referralId,
        UUID citizenId,
        Party sender,
        String toSector,
        String toOrganisation,
        String reason,
        UUID subGoalId,
        Instant sentAt,
        Duration answerWithin) {
}
