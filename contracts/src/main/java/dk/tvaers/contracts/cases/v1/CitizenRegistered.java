package dk.tvaers.contracts.cases.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Topics;

import java.util.UUID;

/**
 * A citizen was registered on the platform. Carries the pseudonymous id and the registering
 * organisation only: the CPR number, the name and the birth date never leave case-service.
 *
 * @param citizenId    the citizen's pseudonymous id (a random UUID), also in the envelope
 * @param organisation the organisation that registered the citizen, also in the envelope
 */
public record CitizenRegistered(UUID citizenId, String organisation) implements IntegrationPayload {

    public static final EventType<CitizenRegistered> TYPE = EventType.of("case.CitizenRegistered", 1,
            CitizenRegistered.class, Topics.CASE);
}
