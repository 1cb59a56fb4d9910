package dk.tvaers.contracts.offer.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Topics;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A citizen got a seat on an offer, directly or by moving up from the waiting list. The envelope carries
 * the citizen's pseudonymous id and the municipality acting for them; the provider's organisation makes
 * the provider party to the citizen.
 *
 * @param referringSector the sector that referred the citizen, or {@code null} for an open offer
 * @param fromWaitlist    whether the seat came free while the citizen was on the waiting list
 */
public record CitizenEnrolled(UUID enrolmentId, UUID offerId, String providerOrganisation, String referringSector,
                              LocalDate enrolledOn, boolean fromWaitlist) implements IntegrationPayload {

    public static final EventType<CitizenEnrolled> TYPE = EventType.of("offer.CitizenEnrolled", 1,
            CitizenEnrolled.class, Topics.OFFER);
}
