package dk.tvaers.cases.citizen.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

@Revision("1")
public record CitizenErasedEvent(UUID citizenId, String organisation, String legalBasis, String erasedBy,
                                 LocalDate erasedOn) {
}
