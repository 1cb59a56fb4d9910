package dk.tvaers.offer.enrolment.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The citizen got a seat, directly or from the waiting list.
 *
 * @param punchCardVisits the visits on the card, for a punch card; else {@code null}
 */
@Revision("1")
public record CitizenEnrolledEvent(UUID offerId, UUID enrolmentId, UUID citizenId, String organisation,
                                   String referringSector, String providerOrganisation, LocalDate enrolledOn,
                                   boolean fromWaitlist, Integer punchCardVisits, String enrolledBy) {
}
