package dk.tvaers.coordination.referral.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** The referring sector withdraws its referral, with a reason. */
public record WithdrawReferralCommand(@TargetAggregateIdentifier UUID referralId, String reason, Party by,
                                      LocalDate on) {
}
