package dk.tvaers.cases.grant.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A caseworker grants the citizen an offer. Within {@code authorityHoursPerWeek} (the caseworker's team's
 * authority) and not an external placement it is approved at once; otherwise it waits for a visitation
 * meeting. Drawing from a frame grant changes neither: the frame is a budget, not a decision on each grant.
 *
 * @param frameGrantId the frame grant (rammebevilling) the hours are drawn from, or {@code null}; it must be
 *                     the citizen's, of the same organisation and sector
 */
public record ProposeGrantCommand(@TargetAggregateIdentifier UUID grantId, UUID citizenId, UUID caseId,
                                  String organisation, String sector, GrantTerms terms, boolean externalPlacement,
                                  UUID frameGrantId, String proposedBy, BigDecimal authorityHoursPerWeek,
                                  LocalDate proposedOn) {
}
