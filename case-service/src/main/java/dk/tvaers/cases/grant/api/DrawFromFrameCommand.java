package dk.tvaers.cases.grant.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A grant takes its hours from the frame; refused if the frame has not that many left. */
public record DrawFromFrameCommand(@TargetAggregateIdentifier UUID frameGrantId, UUID grantId, UUID citizenId,
                                   BigDecimal hours, LocalDate validFrom, LocalDate validUntil) {
}
