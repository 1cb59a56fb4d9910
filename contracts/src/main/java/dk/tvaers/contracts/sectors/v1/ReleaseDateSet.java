package dk.tvaers.contracts.sectors.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Probation set the citizen's release date; a follow-up is proposed.
 * Published by the probation's own system on {@link SectorTopics#PROBATION}, keyed by the
 * citizen's pseudonymous id.
 */
public record ReleaseDateSet(UUID custodyId,
                             LocalDate releaseOn) implements IntegrationPayload {

    public static final EventType<ReleaseDateSet> TYPE =
            EventType.of("sectors.ReleaseDateSet", 1, ReleaseDateSet.class, SectorTopics.PROBATION);
}
