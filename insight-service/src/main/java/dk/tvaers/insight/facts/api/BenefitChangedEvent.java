package dk.tvaers.insight.facts.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * From {@code effectiveFrom} the citizen receives {@code benefit} (a code such as {@code kontanthjaelp}), or no
 * public benefit when it is {@code null} (sectors.BenefitChanged, from the jobcenter's own system).
 */
@Revision("1")
public record BenefitChangedEvent(UUID citizenId, String organisation, String benefit, LocalDate effectiveFrom)
        implements CitizenFact {
}
