package dk.tvaers.cases.citizen.api;

import java.util.UUID;

public record FindCitizenQuery(UUID citizenId) {
}
