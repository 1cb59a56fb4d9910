package dk.tvaers.coordination.involvement.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

@Revision("1")
public record SectorInvolvementEndedEvent(
        UUID citizenId,
        String organisation,
        String sector,
        UUID caseId,
        String caseworkerId,
        LocalDate endedOn) {
}
