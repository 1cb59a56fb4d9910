package dk.tvaers.contracts.sectors.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Probation's supervision of the citizen ended.
 * Published by the probation's own system on {@link SectorTopics#PROBATION}, keyed by the
 * citizen's pseudonymous id.
 */
public record SupervisionEnded(UUID supervisionId,
                               LocalDate endedOn,
                               String outcome) implements IntegrationPayload {

    public static final EventType<SupervisionEnded> TYPE =
            EventType.of("sectors.SupervisionEnded", 1, SupervisionEnded.class, SectorTopics.PROBATION);
}
