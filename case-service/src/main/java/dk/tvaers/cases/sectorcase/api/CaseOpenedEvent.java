package dk.tvaers.cases.sectorcase.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

@Revision("1")
public record CaseOpenedEvent(
        UUID caseId,
        UUID citizenId,
        String organisation,
        String sector,
        String legalBasis,
        String caseworkerId,
        LocalDate openedOn) {
}
