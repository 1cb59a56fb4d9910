package dk.tvaers.cases.grant.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

@Revision("1")
public record GrantProposedEvent(UUID grantId, UUID citizenId, UUID caseId, String organisation, String sector,
                                 GrantTerms terms, boolean externalPlacement, UUID frameGrantId,
                                 boolean awaitingVisitation, String proposedBy, LocalDate proposedOn) {
}
