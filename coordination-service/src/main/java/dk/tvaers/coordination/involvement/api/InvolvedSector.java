package dk.tvaers.coordination.involvement.api;

import java.time.LocalDate;
import java.util.UUID;

public record InvolvedSector(String sector, String organisation, UUID caseId, String caseworkerId, LocalDate since) {
}
