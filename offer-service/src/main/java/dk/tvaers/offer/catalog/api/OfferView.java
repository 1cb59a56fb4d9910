package dk.tvaers.offer.catalog.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An offer as the catalog shows it now.
 *
 * @param status     {@code PUBLISHED} or {@code RETIRED}
 * @param seatsTaken citizens with a seat
 * @param freeSeats  seats still free, or {@code null} if the offer has no limit
 * @param waiting    citizens on the waiting list
 */
public record OfferView(UUID offerId, String organisation, int version, String status, OfferDetails details,
                        PriceList prices, List<DoubleBilledItem> doubleBilledItems, int seatsTaken, Integer freeSeats,
                        int waiting, Instant publishedAt, Instant changedAt, LocalDate retiredOn) {
}
