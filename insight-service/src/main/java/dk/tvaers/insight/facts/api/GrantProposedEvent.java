package dk.tvaers.insight.facts.api;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** A grant was proposed; whether it is an external placement is only said here (case.GrantProposed). */
@Revision("1")
public record GrantProposedEvent(UUID citizenId, String organisation, UUID grantId, boolean externalPlacement)
        implements CitizenFact {
}
