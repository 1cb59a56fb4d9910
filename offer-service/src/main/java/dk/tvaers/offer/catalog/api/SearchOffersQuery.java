package dk.tvaers.offer.catalog.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * Find the right offer first time. Every criterion is optional; published offers only unless
 * {@code includeRetired}. Results come best first: most of the asked-for needs met, then offers with a
 * free seat, then the shortest waiting list, then by title.
 *
 * @param needs         need codes; an offer matches if it addresses at least one
 * @param sector        an offer serving this sector
 * @param functionLevel service packages for this function level
 * @param minHours      at least this many weekly hours
 * @param maxHours      at most this many weekly hours
 * @param provider      the provider's organisation code
 * @param access        open (no referral) or by referral
 * @param withFreeSeats only offers with a free seat now
 * @param kind          one kind of offer
 * @param text          words in the title, description or target group
 */
public record SearchOffersQuery(List<String> needs, String sector, Integer functionLevel, BigDecimal minHours,
                                BigDecimal maxHours, String provider, Access access, boolean withFreeSeats,
                                OfferKind kind, String text, boolean doubleBilledOnly, boolean includeRetired,
                                int page, int size) {

    public SearchOffersQuery {
        needs = needs == null ? List.of() : List.copyOf(needs);
    }
}
