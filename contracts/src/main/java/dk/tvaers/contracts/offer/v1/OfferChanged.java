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
 */
public record OfferChanged(UUID offerId, int version, String changed, String title, String kind,
                           String providerOrganisation, String access, List<String> sectors, List<String> needs,
                           Integer capacity, Integer defaultDurationWeeks, List<String> doubleBilledItems)
        implements IntegrationPayload {

    public static final String DETAILS = "details";
    public static final String PRICES = "prices";

    public static final EventType<OfferChanged> TYPE = EventType.of("offer.OfferChanged", 1, OfferChanged.class,
            Topics.OFFER);
}
