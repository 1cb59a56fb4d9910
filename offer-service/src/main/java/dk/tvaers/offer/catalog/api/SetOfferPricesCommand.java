package dk.tvaers.offer.catalog.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Set an offer's price list, making a new version; {@code expectedVersion} is the version it is based on. */
public record SetOfferPricesCommand(@TargetAggregateIdentifier UUID offerId, int expectedVersion,
                                    PriceList prices, String setBy) {
}
