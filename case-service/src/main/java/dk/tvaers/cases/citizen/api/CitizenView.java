package dk.tvaers.cases.citizen.api;

import dk.tvaers.platform.privacy.CitizenData;

import java.time.LocalDate;
import java.util.UUID;

/** A registered citizen as case-service shows it to those who may identify the citizen. */
public record CitizenView(UUID citizenId, String cpr, String name, String organisation, LocalDate registeredOn)
        implements CitizenData {

    @Override
    public String toString() {
        return "CitizenView[citizenId=" + citizenId + ", organisation=" + organisation + "]";
    }
}
