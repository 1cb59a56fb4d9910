package dk.tvaers.offer.catalog.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Set an offer's price list, making a new version. */
public record SetOfferPricesCommand(@TargetAggregateIdentifier UUID offerId, Integer expectedVersion,
                                    PriceList prices, String setBy) {
}
