package dk.tvaers.contracts.coordination.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Topics;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A referral was not answered within the configured number of days and is flagged to both sectors and the
 * coordinator. It stays open: the receiving sector can still answer.
 */
public record ReferralUnanswered(UUID referralId,
                                 String fromSector,
                                 String toSector,
                                 String toOrganisation,
                                 LocalDate sentOn,
                                 LocalDate answerBy) implements IntegrationPayload {

    public static final EventType<ReferralUnanswered> TYPE =
            EventType.of("coordination.ReferralUnanswered", 1, ReferralUnanswered.class, Topics.COORDINATION);
}
