package dk.tvaers.insight.facts.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** A sector opened a case for the citizen (case.CaseOpened). */
@Revision("1")
public record SectorCaseOpenedEvent(UUID citizenId, String organisation, UUID caseId, String sector,
                                    LocalDate openedOn) implements CitizenFact {
}
