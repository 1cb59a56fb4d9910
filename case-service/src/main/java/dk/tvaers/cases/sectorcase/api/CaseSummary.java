package dk.tvaers.cases.sectorcase.api;

import dk.tvaers.platform.privacy.CitizenData;

import java.time.LocalDate;
import java.util.UUID;

/** A case as the case list shows it. */
public record CaseSummary(
        UUID caseId,
        UUID citizenId,
        String organisation,
        String sector,
        String legalBasis,
        String caseworkerId,
        LocalDate openedOn,
        String status) implements CitizenData {
}
