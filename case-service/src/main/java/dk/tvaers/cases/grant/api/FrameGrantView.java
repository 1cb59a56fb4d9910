package dk.tvaers.cases.grant.api;

import dk.tvaers.platform.privacy.CitizenData;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

public record FrameGrantView(UUID frameGrantId, UUID citizenId, UUID caseId, String organisation, String sector,
                             BigDecimal budgetHours, BigDecimal drawnHours, BigDecimal remainingHours,
                             LocalDate validFrom, LocalDate validUntil, String legalBasis, String grantedBy,
                             long version) implements CitizenData {
}
