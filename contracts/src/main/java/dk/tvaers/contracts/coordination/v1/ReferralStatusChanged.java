package dk.tvaers.contracts.coordination.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Topics;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A referral between sectors moved to a new status: accepted, rejected (with a reason from the list),
 * in progress, completed or withdrawn.
 */
public record ReferralStatusChanged(UUID referralId,
                                    String status,
                                    String fromSector,
                                    String fromOrganisation,
                                    String toSector,
                                    String toOrganisation,
                                    String rejectionReason,
                                    String changedBy,
                                    LocalDate changedOn) implements IntegrationPayload {

    public static final EventType<ReferralStatusChanged> TYPE =
            EventType.of("coordination.ReferralStatusChanged", 1, ReferralStatusChanged.class, Topics.COORDINATION);
}
