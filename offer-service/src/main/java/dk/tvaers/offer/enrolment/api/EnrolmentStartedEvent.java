package dk.tvaers.offer.enrolment.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** @param plannedEndOn the end of the offer's time limit, or {@code null} for an open-ended offer */
@Revision("1")
public record EnrolmentStartedEvent(UUID offerId, UUID enrolmentId, UUID citizenId, LocalDate startedOn,
                                    LocalDate plannedEndOn, String recordedBy) {
}
