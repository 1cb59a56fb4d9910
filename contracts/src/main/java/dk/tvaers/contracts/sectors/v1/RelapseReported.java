package dk.tvaers.contracts.sectors.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The addiction centre reports a relapse during treatment.
 * Published by the addiction-centre's own system on {@link SectorTopics#ADDICTION_CENTRE}, keyed by the
 * citizen's pseudonymous id.
 */
public record RelapseReported(UUID treatmentId,
                              LocalDate reportedOn) implements IntegrationPayload {

    public static final EventType<RelapseReported> TYPE =
            EventType.of("sectors.RelapseReported", 1, RelapseReported.class, SectorTopics.ADDICTION_CENTRE);
}
