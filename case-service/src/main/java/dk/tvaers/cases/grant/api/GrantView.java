package dk.tvaers.cases.grant.api;

import dk.tvaers.platform.privacy.CitizenData;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A grant as the lists show it; {@code version} is what an approval, rejection or revisitation names. */
public record GrantView(UUID grantId, UUID citizenId, UUID caseId, String organisation, String sector, UUID offerId,
                        BigDecimal hoursPerWeek, LocalDate validFrom, LocalDate validUntil, String legalBasis,
                        boolean externalPlacement, UUID frameGrantId, GrantStatus status, String proposedBy,
                        String decidedBy, LocalDate endedOn, LocalDate revisitationDueOn, long version)
        implements CitizenData {
}
