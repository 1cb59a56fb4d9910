package dk.tvaers.contracts.cases.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Topics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A grant is in force: approved within the caseworker's own authority, or by a team leader at a
 * visitation meeting.
 *
 * @param approvedBy      the user id of who approved it (the caseworker within authority, else the team leader)
 * @param withinAuthority approved under the caseworker's own authority, without a visitation meeting
 */
public record GrantApproved(UUID grantId, UUID offerId, BigDecimal hoursPerWeek, LocalDate validFrom,
                            LocalDate validUntil, String sector, String legalBasis, String approvedBy,
                            boolean withinAuthority) implements IntegrationPayload {

    public static final EventType<GrantApproved> TYPE = EventType.of("case.GrantApproved", 1, GrantApproved.class,
            Topics.CASE);
}
