package dk.tvaers.offer.catalog.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Publish an offer in the catalog of {@code organisation}. Sent again with the same id (a retried request
 * with the same Idempotency-Key) it changes nothing.
 *
 * @param prices the price list, or {@code null} if it follows later
 */
public record PublishOfferCommand(@TargetAggregateIdentifier UUID offerId, String organisation, OfferDetails details,
                                  PriceList prices, String publishedBy) {
}
