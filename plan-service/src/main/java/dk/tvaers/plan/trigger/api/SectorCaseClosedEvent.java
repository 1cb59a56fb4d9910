package dk.tvaers.plan.trigger.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

@Revision("1")
public record SectorCaseClosedEvent(UUID citizenId, UUID caseId, String sector, LocalDate closedOn) {
}
