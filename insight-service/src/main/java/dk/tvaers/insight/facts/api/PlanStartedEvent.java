package dk.tvaers.insight.facts.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** The citizen got their coordinated plan, followed up every {@code frequencyMonths} months (plan.PlanCreated). */
@Revision("1")
public record PlanStartedEvent(UUID citizenId, String organisation, LocalDate startedOn, int frequencyMonths)
        implements CitizenFact {
}
