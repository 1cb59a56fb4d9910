package dk.tvaers.coordination.referral.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** The receiving sector rejects the referral with a reason from the list; {@code OTHER} needs a note. */
public record RejectReferralCommand(@TargetAggregateIdentifier UUID referralId, RejectionReason reason, String note,
                                    Party by, LocalDate on) {
}
