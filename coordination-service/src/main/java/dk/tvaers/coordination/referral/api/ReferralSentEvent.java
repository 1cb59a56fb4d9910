package dk.tvaers.coordination.referral.api;

import dk.tvaers.platform.privacy.DataSubject;
import dk.tvaers.platform.privacy.Erasable;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

@Revision("1")
public record ReferralSentEvent(
        UUID referralId,
        @DataSubject UUID citizenId,
        String fromSector,
        String fromOrganisation,
        String sentBy,
        String toSector,
        String toOrganisation,
        @Erasable String reason,
        UUID subGoalId,
        LocalDate sentOn,
        LocalDate answerBy) {
}
