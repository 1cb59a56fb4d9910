package dk.tvaers.cases.citizen.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Register a citizen by CPR number and name under a new pseudonymous id.
 *
 * @param citizenId    a new random UUID: the only way the rest of the platform will know the citizen
 * @param organisation the registering organisation (the caller's)
 */
public record RegisterCitizenCommand(@TargetAggregateIdentifier UUID citizenId, String cpr, String name,
                                     String organisation, String registeredBy, LocalDate registeredOn) {

    @Override
    public String toString() {
        return "RegisterCitizenCommand[citizenId=" + citizenId + ", organisation=" + organisation + "]";
    }
}
