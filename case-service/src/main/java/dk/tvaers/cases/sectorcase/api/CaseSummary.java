package dk.tvaers.cases.sectorcase.api;

import dk.tvaers.platform.privacy.CitizenData;

import java.time.LocalDate;
import java.util.UUID;

/** A case as the case list shows it; {@code version} is what a transfer or close must name. */
public record CaseSummary(
        UUID caseId,
        UUID citizenId,
        String organisation,
        String sector,
        String legalBasis,
        String caseworkerId,
        LocalDate openedOn,
        String status,
        LocalDate closedOn,
        long version) implements CitizenData {

    public static final String OPEN = "OPEN";
    public static final String CLOSED = "CLOSED";

    public boolean isOpen() {
        return OPEN.equals(status);
    }
}
