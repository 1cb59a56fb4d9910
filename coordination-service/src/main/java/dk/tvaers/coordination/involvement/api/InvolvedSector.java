package dk.tvaers.coordination.involvement.api;

import dk.tvaers.platform.privacy.CitizenData;

import java.time.LocalDate;
import java.util.UUID;

public record InvolvedSector(UUID citizenId, String sector, String organisation, UUID caseId, String caseworkerId,
                             LocalDate since, boolean coordinator) implements CitizenData {
}
