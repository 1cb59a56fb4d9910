package dk.tvaers.insight.facts.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** A grant is no longer in force after {@code endedOn}, its last day (case.GrantEnded). */
@Revision("1")
public record GrantEndedEvent(UUID citizenId, String organisation, UUID grantId, LocalDate endedOn)
        implements CitizenFact {
}
