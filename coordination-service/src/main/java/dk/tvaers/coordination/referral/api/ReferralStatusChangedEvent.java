package dk.tvaers.coordination.referral.api;

import dk.tvaers.platform.privacy.DataSubject;
import dk.tvaers.platform.privacy.Erasable;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The referral moved on: accepted, rejected (with {@code rejectionReason}), in progress, completed or
 * withdrawn. {@code note} is the rejection note, the withdrawal reason or the completion note.
 */
@Revision("1")
public record ReferralStatusChangedEvent(
        UUID referralId,
        @DataSubject UUID citizenId,
        String fromSector,
        String fromOrganisation,
        String toSector,
        String toOrganisation,
        ReferralStatus status,
        RejectionReason rejectionReason,
        @Erasable String note,
        String changedBy,
        String changedBySector,
        LocalDate changedOn) {
}
