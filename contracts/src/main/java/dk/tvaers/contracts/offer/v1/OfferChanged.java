package dk.tvaers.contracts.offer.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Topics;

import java.util.List;
import java.util.UUID;

/**
 * A published offer changed: its description ({@code changed = details}) or its prices
 * ({@code changed = prices}). Carries the offer as it now is, so a consumer needs no earlier version.
 * Concerns no citizen; keyed by the offer id.
 *
 * @param doubleBilledItems service items the basic rate covers that a supplementary rate also bills
 * @param basicRate         the basic rate (basistakst) now, or {@code null} if the offer has no prices (and in
 *                          events from before the rate was published)
 */
public record OfferChanged(UUID offerId, int version, String changed, String title, String kind,
                           String providerOrganisation, String access, List<String> sectors, List<String> needs,
                           Integer capacity, Integer defaultDurationWeeks, List<String> doubleBilledItems,
                           BasicRate basicRate)
        implements IntegrationPayload {

    /** A change without the basic rate, as published before it was added. */
    public OfferChanged(UUID offerId, int version, String changed, String title, String kind,
                        String providerOrganisation, String access, List<String> sectors, List<String> needs,
                        Integer capacity, Integer defaultDurationWeeks, List<String> doubleBilledItems) {
        this(offerId, version, changed, title, kind, providerOrganisation, access, sectors, needs, capacity,
                defaultDurationWeeks, doubleBilledItems, null);
    }

    public static final String DETAILS = "details";
    public static final String PRICES = "prices";

    public static final EventType<OfferChanged> TYPE = EventType.of("offer.OfferChanged", 1, OfferChanged.class,
            Topics.OFFER);
}
