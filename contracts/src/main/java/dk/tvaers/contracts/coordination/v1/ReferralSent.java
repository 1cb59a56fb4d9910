package dk.tvaers.contracts.coordination.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Topics;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One sector referred the citizen to another, for a sub-goal of the plan. The receiving sector answers by
 * {@code answerBy}; the reason in words stays in coordination-service.
 */
public record ReferralSent(UUID referralId,
                           String fromSector,
                           String fromOrganisation,
                           String toSector,
                           String toOrganisation,
                           UUID subGoalId,
                           String sentBy,
                           LocalDate answerBy) implements IntegrationPayload {

    public static final EventType<ReferralSent> TYPE =
            EventType.of("coordination.ReferralSent", 1, ReferralSent.class, Topics.COORDINATION);
}
