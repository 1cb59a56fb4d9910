package dk.tvaers.cases.grant.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** @param withinAuthority approved under the proposing caseworker's own authority */
@Revision("1")
public record GrantApprovedEvent(UUID grantId, UUID citizenId, String organisation, String sector, GrantTerms terms,
                                 String approvedBy, boolean withinAuthority, LocalDate approvedOn) {
}
