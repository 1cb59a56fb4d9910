package dk.tvaers.insight.facts.api;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A version of an offer in the catalog with its basic rate (offer.OfferPublished/OfferChanged), from
 * {@code pricedOn}. {@code amount} and {@code unit} are {@code null} while the offer has no prices.
 *
 * @param doubleBilledItems items the basic rate covers that a supplementary rate bills again
 */
@Revision("1")
public record OfferPricedEvent(String organisation, UUID offerId, int version, String title, String kind,
                               BigDecimal amount, String unit, List<String> doubleBilledItems, LocalDate pricedOn) {

    public OfferPricedEvent {
        doubleBilledItems = doubleBilledItems == null ? List.of() : List.copyOf(doubleBilledItems);
    }
}
