package dk.tvaers.offer.enrolment.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** @param heldSeat whether the citizen had a seat (so one came free) rather than a place on the waiting list */
@Revision("1")
public record EnrolmentEndedEvent(UUID offerId, UUID enrolmentId, UUID citizenId, String organisation,
                                  String referringSector, String providerOrganisation, LocalDate endedOn,
                                  EnrolmentOutcome outcome, boolean heldSeat, String recordedBy) {
}
