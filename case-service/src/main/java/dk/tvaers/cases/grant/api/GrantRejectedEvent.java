package dk.tvaers.cases.grant.api;

import dk.tvaers.platform.privacy.DataSubject;
import dk.tvaers.platform.privacy.Erasable;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** The reason is free text about the citizen: erasable with the citizen. */
@Revision("1")
public record GrantRejectedEvent(UUID grantId, @DataSubject UUID citizenId, String organisation, String sector,
                                 GrantTerms terms, UUID frameGrantId, String rejectedBy, @Erasable String reason,
                                 LocalDate rejectedOn) {
}
