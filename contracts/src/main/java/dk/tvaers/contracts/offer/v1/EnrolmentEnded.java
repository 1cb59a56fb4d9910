package dk.tvaers.contracts.offer.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Topics;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A citizen's enrolment (or place on the waiting list) ended.
 *
 * @param outcome         {@code completed}, {@code discontinued}, {@code withdrawn} (left the waiting list)
 *                        or {@code offer-retired}
 * @param referringSector the sector that referred the citizen, or {@code null} for an open offer
 */
public record EnrolmentEnded(UUID enrolmentId, UUID offerId, String providerOrganisation, String referringSector,
                             LocalDate endedOn, String outcome) implements IntegrationPayload {

    public static final EventType<EnrolmentEnded> TYPE = EventType.of("offer.EnrolmentEnded", 1,
            EnrolmentEnded.class, Topics.OFFER);
}
