package dk.tvaers.insight.facts.api;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A grant is in force (case.GrantApproved): the offer, hours a week and period, the granting sector, and
 * whether its legal basis makes it a stay in housing ({@link Housing}).
 *
 * @param housing {@link Housing#TEMPORARY} (Serviceloven §107), {@link Housing#LONG_TERM} (§108) or {@code null}
 */
@Revision("1")
public record GrantApprovedEvent(UUID citizenId, String organisation, UUID grantId, UUID offerId, String sector,
                                 String housing, BigDecimal hoursPerWeek, LocalDate validFrom, LocalDate validUntil)
        implements CitizenFact {
}
