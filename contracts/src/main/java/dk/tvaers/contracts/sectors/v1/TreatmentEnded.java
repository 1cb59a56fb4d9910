package dk.tvaers.contracts.sectors.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The citizen's treatment at the addiction centre ended, with its outcome.
 * Published by the addiction-centre's own system on {@link SectorTopics#ADDICTION_CENTRE}, keyed by the
 * citizen's pseudonymous id.
 */
public record TreatmentEnded(UUID treatmentId,
                             LocalDate endedOn,
                             String outcome) implements IntegrationPayload {

    public static final EventType<TreatmentEnded> TYPE =
            EventType.of("sectors.TreatmentEnded", 1, TreatmentEnded.class, SectorTopics.ADDICTION_CENTRE);
}
