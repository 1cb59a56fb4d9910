package dk.tvaers.contracts.offer.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Topics;

import java.util.UUID;

/**
 * The last free seat of an offer was taken: further enrolments go on the waiting list. Concerns no
 * citizen; keyed by the offer id.
 */
public record SeatsExhausted(UUID offerId, String providerOrganisation, int capacity) implements IntegrationPayload {

    public static final EventType<SeatsExhausted> TYPE = EventType.of("offer.SeatsExhausted", 1,
            SeatsExhausted.class, Topics.OFFER);
}
