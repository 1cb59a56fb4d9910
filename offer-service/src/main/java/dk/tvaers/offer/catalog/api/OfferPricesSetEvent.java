package dk.tvaers.offer.catalog.api;

import org.axonframework.serialization.Revision;

import java.util.List;
import java.util.UUID;

/** A new version of an offer's prices, with the items it bills twice. */
@Revision("1")
public record OfferPricesSetEvent(UUID offerId, String organisation, int version, PriceList prices,
                                  List<DoubleBilledItem> doubleBilledItems, String setBy) {

    public OfferPricesSetEvent {
        doubleBilledItems = doubleBilledItems == null ? List.of() : List.copyOf(doubleBilledItems);
    }
}
