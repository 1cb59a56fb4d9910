package dk.tvaers.offer.catalog.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One version in an offer's history. {@code change} is {@code PUBLISHED}, {@code DETAILS} or {@code PRICES}. */
public record OfferVersionView(UUID offerId, int version, String change, OfferDetails details, PriceList prices,
                               List<DoubleBilledItem> doubleBilledItems, String changedBy, Instant changedAt) {
}
