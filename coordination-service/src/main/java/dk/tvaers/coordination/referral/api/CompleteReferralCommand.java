package dk.tvaers.coordination.referral.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** The receiving sector has finished the work the referral asked for. */
public record CompleteReferralCommand(@TargetAggregateIdentifier UUID referralId, String note, Party by,
                                      LocalDate on) {
}
