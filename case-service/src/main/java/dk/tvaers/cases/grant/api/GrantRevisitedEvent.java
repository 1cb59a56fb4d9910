package dk.tvaers.cases.grant.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** @param nextReviewOn when it is due again, or {@code null} if it ends first */
@Revision("1")
public record GrantRevisitedEvent(UUID grantId, UUID citizenId, String organisation, String sector,
                                  RevisitationDecision decision, String revisitedBy, LocalDate revisitedOn,
                                  LocalDate nextReviewOn) {
}
