package dk.tvaers.coordination.referral.api;

import dk.tvaers.platform.privacy.CitizenData;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A referral as both sectors and the coordinator see it. */
public record ReferralView(UUID referralId, UUID citizenId, String fromSector, String fromOrganisation,
                           String sentBy, String toSector, String toOrganisation, String reason, UUID subGoalId,
                           LocalDate sentOn, LocalDate answerBy, String status, boolean unanswered,
                           String rejectionReason, String note, String lastChangedBy, Instant lastChangedAt)
        implements CitizenData {
}
