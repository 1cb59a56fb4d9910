package dk.tvaers.cases.sectorcase.api;

import dk.tvaers.platform.privacy.DataSubject;
import dk.tvaers.platform.privacy.Erasable;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** The case is closed; the sector's place for a new case for the citizen is free again. */
@Revision("1")
public record CaseClosedEvent(UUID caseId, @DataSubject UUID citizenId, String organisation, String sector,
                              String caseworkerId, @Erasable String reason, LocalDate closedOn) {
}
