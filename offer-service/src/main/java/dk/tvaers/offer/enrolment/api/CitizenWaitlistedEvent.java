package dk.tvaers.offer.enrolment.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** The offer was full; the citizen is on the waiting list at {@code position} (1 is next). */
@Revision("1")
public record CitizenWaitlistedEvent(UUID offerId, UUID enrolmentId, UUID citizenId, String organisation,
                                     String referringSector, String providerOrganisation, int position,
                                     LocalDate waitlistedOn, String enrolledBy) {
}
