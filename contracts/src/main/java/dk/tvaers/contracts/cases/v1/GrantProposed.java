package dk.tvaers.contracts.cases.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Topics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A caseworker proposed to grant (bevilge) the citizen an offer for a number of hours a week for a
 * period. Within the caseworker's authority it is approved at once ({@link GrantApproved} follows);
 * above it, or for an external placement, it waits for a visitation meeting.
 *
 * @param grantId            the grant
 * @param caseId             the sector case the grant is decided in
 * @param offerId            the offer in offer-service's catalog
 * @param hoursPerWeek       support hours a week
 * @param validFrom          first day of the period
 * @param validUntil         last day of the period
 * @param sector             the granting sector
 * @param legalBasis         e.g. {@code Serviceloven §85}
 * @param externalPlacement  a placement outside the municipality's own offers
 * @param frameGrantId       the frame grant (rammebevilling) it draws from, or {@code null}
 * @param awaitingVisitation whether it waits for a visitation meeting
 * @param proposedBy         the caseworker's user id
 */
public record GrantProposed(UUID grantId, UUID caseId, UUID offerId, BigDecimal hoursPerWeek, LocalDate validFrom,
                            LocalDate validUntil, String sector, String legalBasis, boolean externalPlacement,
                            UUID frameGrantId, boolean awaitingVisitation, String proposedBy)
        implements IntegrationPayload {

    public static final EventType<GrantProposed> TYPE = EventType.of("case.GrantProposed", 1, GrantProposed.class,
            Topics.CASE);
}
