package dk.tvaers.offer.catalog.api;

import org.axonframework.serialization.Revision;

import java.util.List;
import java.util.UUID;

/** Version 1 of an offer. {@code prices} may be {@code null}; {@code doubleBilledItems} is about them. */
@Revision("1")
public record OfferPublishedEvent(UUID offerId, String organisation, int version, OfferDetails details,
                                  PriceList prices, List<DoubleBilledItem> doubleBilledItems, String publishedBy) {

    public OfferPublishedEvent {
        doubleBilledItems = doubleBilledItems == null ? List.of() : List.copyOf(doubleBilledItems);
    }
}
