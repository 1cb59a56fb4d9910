package dk.tvaers.contracts.sectors.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The citizen started an internship (virksomhedspraktik).
 * Published by the jobcenter's own system on {@link SectorTopics#JOBCENTER}, keyed by the
 * citizen's pseudonymous id.
 */
public record InternshipStarted(UUID internshipId,
                                LocalDate startedOn,
                                LocalDate plannedEndOn,
                                int hoursPerWeek) implements IntegrationPayload {

    public static final EventType<InternshipStarted> TYPE =
            EventType.of("sectors.InternshipStarted", 1, InternshipStarted.class, SectorTopics.JOBCENTER);
}
