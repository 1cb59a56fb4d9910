package dk.tvaers.cases.sectorcase.api;

import java.util.UUID;

public record FindCasesOfCitizenQuery(UUID citizenId) {
}
