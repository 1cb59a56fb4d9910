package dk.tvaers.contracts.cases.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Topics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A visitation meeting rejected a proposed grant; a frame grant it would have drawn from gets the
 * hours back.
 *
 * @param rejectedBy the team leader's user id
 * @param reason     always {@code null}: the reason given at the meeting can name the citizen, so it stays in
 *                   case-service (messages published before it was withheld may carry it)
 */
public record GrantRejected(UUID grantId, UUID offerId, BigDecimal hoursPerWeek, LocalDate validFrom,
                            LocalDate validUntil, String sector, String legalBasis, String rejectedBy,
                            String reason) implements IntegrationPayload {

    public static final EventType<GrantRejected> TYPE = EventType.of("case.GrantRejected", 1, GrantRejected.class,
            Topics.CASE);
}
