package dk.tvaers.insight.facts.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** A sector closed its case for the citizen (case.CaseClosed); the reason stays in case-service. */
@Revision("1")
public record SectorCaseClosedEvent(UUID citizenId, String organisation, UUID caseId, LocalDate closedOn)
        implements CitizenFact {
}
