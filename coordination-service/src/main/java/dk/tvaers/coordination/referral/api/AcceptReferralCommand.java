package dk.tvaers.coordination.referral.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** The receiving sector accepts the referral; it then opens its own case in case-service. */
public record AcceptReferralCommand(@TargetAggregateIdentifier UUID referralId, Party by, LocalDate on) {
}
