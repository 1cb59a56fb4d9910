package dk.tvaers.cases.grant.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** A grant of under 3 hours a week under Serviceloven §85 is due for revisitation: it is on the list. */
@Revision("1")
public record GrantRevisitationDueEvent(UUID grantId, UUID citizenId, String organisation, String sector,
                                        LocalDate dueOn) {
}
