package dk.tvaers.contracts.cases.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Topics;

import java.time.LocalDate;

/**
 * The citizen's personal data is erased (GDPR art. 17, after the retention period). Every service deletes
 * its key for the citizen, so the citizen's personal fields in its event store can never be read again,
 * and removes the citizen from its read models. The envelope names the citizen.
 */
public record CitizenErased(LocalDate erasedOn, String legalBasis) implements IntegrationPayload {

    public static final EventType<CitizenErased> TYPE = EventType.of("case.CitizenErased", 1, CitizenErased.class,
            Topics.CASE);
}
