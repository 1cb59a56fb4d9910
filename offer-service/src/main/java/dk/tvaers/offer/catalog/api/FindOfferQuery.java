package dk.tvaers.offer.catalog.api;

import java.util.UUID;

public record FindOfferQuery(UUID offerId) {
}
