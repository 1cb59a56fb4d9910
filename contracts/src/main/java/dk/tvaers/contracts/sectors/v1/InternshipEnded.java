package dk.tvaers.contracts.sectors.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The citizen's internship ended, with its outcome.
 * Published by the jobcenter's own system on {@link SectorTopics#JOBCENTER}, keyed by the
 * citizen's pseudonymous id.
 */
public record InternshipEnded(UUID internshipId,
                              LocalDate endedOn,
                              String outcome) implements IntegrationPayload {

    public static final EventType<InternshipEnded> TYPE =
            EventType.of("sectors.InternshipEnded", 1, InternshipEnded.class, SectorTopics.JOBCENTER);
}
