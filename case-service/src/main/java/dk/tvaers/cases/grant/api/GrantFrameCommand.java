package dk.tvaers.cases.grant.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A team leader grants a frame (rammebevilling): a budget of support hours for the citizen over a period,
 * which the caseworker then grants from flexibly.
 */
public record GrantFrameCommand(@TargetAggregateIdentifier UUID frameGrantId, UUID citizenId, UUID caseId,
                                String organisation, String sector, BigDecimal budgetHours, LocalDate validFrom,
                                LocalDate validUntil, String legalBasis, String grantedBy, LocalDate grantedOn) {
}
