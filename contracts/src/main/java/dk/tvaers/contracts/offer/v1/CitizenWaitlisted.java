package dk.tvaers.contracts.offer.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Topics;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The offer was full, so the citizen was put on its waiting list at {@code position} (1 is next).
 *
 * @param referringSector the sector that referred the citizen, or {@code null} for an open offer
 */
public record CitizenWaitlisted(UUID enrolmentId, UUID offerId, String providerOrganisation, String referringSector,
                                int position, LocalDate waitlistedOn) implements IntegrationPayload {

    public static final EventType<CitizenWaitlisted> TYPE = EventType.of("offer.CitizenWaitlisted", 1,
            CitizenWaitlisted.class, Topics.OFFER);
}
