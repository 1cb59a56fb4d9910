package dk.tvaers.coordination.involvement.api;

import dk.tvaers.platform.privacy.CitizenData;

import java.time.LocalDate;
import java.util.UUID;

public record InvolvedSector(UUID citizenId, String sector, String organisation, UUID caseId, String caseworkerId,
                             LocalDate since, boolean coordinator) implements CitizenData {

    /**
     * Every sector sees who is involved and who their caseworker is; which case it is belongs to the
     * sector, and another sector sees it only under the citizen's consent.
     */
    public InvolvedSector withoutCase() {
        return new InvolvedSector(citizenId, sector, organisation, null, caseworkerId, since, coordinator);
    }
}
