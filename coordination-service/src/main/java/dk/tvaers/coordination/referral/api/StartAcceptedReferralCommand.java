package dk.tvaers.coordination.referral.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The receiving sector has its case for the citizen, so an accepted referral is in progress without anyone
 * reporting it. A referral that has moved on meanwhile (started by hand, withdrawn, completed) stays as it is.
 */
public record StartAcceptedReferralCommand(@TargetAggregateIdentifier UUID referralId, Party by, LocalDate on) {
}
