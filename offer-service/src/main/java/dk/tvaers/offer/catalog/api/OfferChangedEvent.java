package dk.tvaers.offer.catalog.api;

import org.axonframework.serialization.Revision;

import java.util.List;
import java.util.UUID;

/**
 * A new version of an offer, in full: its details and prices as they now are, so the history needs no
 * earlier version to read it and the integration event needs nothing else.
 *
 * @param change            whether the details or the prices changed
 * @param prices            the current price list, or {@code null} if the offer has none yet
 * @param doubleBilledItems items of the current price list that are billed twice
 */
@Revision("1")
public record OfferChangedEvent(UUID offerId, String organisation, int version, OfferChange change,
                                OfferDetails details, PriceList prices, List<DoubleBilledItem> doubleBilledItems,
                                String changedBy) {

    public OfferChangedEvent {
        doubleBilledItems = doubleBilledItems == null ? List.of() : List.copyOf(doubleBilledItems);
    }
}
