package dk.tvaers.plan.trigger.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

@Revision("1")
public record SectorCaseOpenedEvent(UUID citizenId, String organisation, UUID caseId, String sector,
                                    LocalDate openedOn) {
}
