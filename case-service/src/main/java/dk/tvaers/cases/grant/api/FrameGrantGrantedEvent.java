package dk.tvaers.cases.grant.api;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

@Revision("1")
public record FrameGrantGrantedEvent(UUID frameGrantId, UUID citizenId, UUID caseId, String organisation,
                                     String sector, BigDecimal budgetHours, LocalDate validFrom, LocalDate validUntil,
                                     String legalBasis, String grantedBy, LocalDate grantedOn) {
}
