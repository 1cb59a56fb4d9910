package dk.tvaers.cases.grant.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A grant takes its hours from the frame; refused if the frame has not that many left, or is another
 * citizen's, organisation's or sector's.
 *
 * @param organisation the granting organisation (the caseworker's)
 * @param sector       the granting sector (the caseworker's)
 */
public record DrawFromFrameCommand(@TargetAggregateIdentifier UUID frameGrantId, UUID grantId, UUID citizenId,
                                   String organisation, String sector, BigDecimal hours, LocalDate validFrom,
                                   LocalDate validUntil) {
}
