package dk.tvaers.insight.facts.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * From {@code changedOn} the citizen has a coordinating caseworker ({@code coordinated}: coordination.
 * CoordinatorDesignated) or no longer has one (coordination.CoordinatorNeeded after a coordinator left).
 */
@Revision("1")
public record CoordinatorChangedEvent(UUID citizenId, String organisation, boolean coordinated, LocalDate changedOn)
        implements CitizenFact {
}
