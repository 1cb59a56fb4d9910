package dk.tvaers.coordination.referral.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** The receiving sector has begun the work the referral asked for. */
public record StartReferralCommand(@TargetAggregateIdentifier UUID referralId, Party by, LocalDate on) {
}
