package dk.tvaers.offer.catalog.api;

import java.util.List;

/** One page of offers and how many there are in all. */
public record CatalogPage(List<OfferView> offers, long total) {
}
