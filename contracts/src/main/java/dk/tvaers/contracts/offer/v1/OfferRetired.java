package dk.tvaers.contracts.offer.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Topics;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An offer was retired from the catalog: no new enrolments; citizens already enrolled finish their course.
 * Concerns no citizen; keyed by the offer id.
 */
public record OfferRetired(UUID offerId, int version, String providerOrganisation, LocalDate retiredOn)
        implements IntegrationPayload {

    public static final EventType<OfferRetired> TYPE = EventType.of("offer.OfferRetired", 1, OfferRetired.class,
            Topics.OFFER);
}
