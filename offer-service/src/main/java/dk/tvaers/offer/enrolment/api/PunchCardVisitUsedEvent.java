package dk.tvaers.offer.enrolment.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

@Revision("1")
public record PunchCardVisitUsedEvent(UUID offerId, UUID enrolmentId, UUID citizenId, LocalDate visitedOn,
                                      int visitsRemaining, String recordedBy) {
}
