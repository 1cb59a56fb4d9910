package dk.tvaers.contracts.sectors.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The citizen started treatment at the addiction centre.
 * Published by the addiction-centre's own system on {@link SectorTopics#ADDICTION_CENTRE}, keyed by the
 * citizen's pseudonymous id.
 */
public record TreatmentStarted(UUID treatmentId,
                               LocalDate startedOn,
                               String treatmentForm) implements IntegrationPayload {

    public static final EventType<TreatmentStarted> TYPE =
            EventType.of("sectors.TreatmentStarted", 1, TreatmentStarted.class, SectorTopics.ADDICTION_CENTRE);
}
