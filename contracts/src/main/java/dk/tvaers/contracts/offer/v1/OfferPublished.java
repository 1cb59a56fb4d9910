package dk.tvaers.contracts.offer.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Topics;

import java.util.List;
import java.util.UUID;

/**
 * An offer (tilbud) was published in the offer catalog (tilbudsvifte). Concerns no citizen: the envelope's
 * citizenId is null, the Kafka key is the offer id, the organisation is the catalog's owner.
 *
 * @param offerId              the offer
 * @param version              the catalog version of the offer, 1 when published
 * @param title                the offer's title as the catalog shows it (never a person's name)
 * @param kind                 service-package, group-course, individual-support, virtual-support, open-offer
 *                             or punch-card
 * @param providerOrganisation the provider's organisation code, e.g. {@code bosted-aaen}
 * @param access               {@code open} (no referral needed) or {@code referral}
 * @param sectors              the sectors the offer serves
 * @param needs                the needs it addresses, as need codes
 * @param capacity             seats, or {@code null} for no limit
 * @param defaultDurationWeeks the default time limit, or {@code null} for an open-ended offer
 * @param basicRate            the basic rate (basistakst), or {@code null} if the offer has no prices yet
 * @param doubleBilledItems    service items the basic rate covers that a supplementary rate also bills
 */
public record OfferPublished(UUID offerId, int version, String title, String kind, String providerOrganisation,
                             String access, List<String> sectors, List<String> needs, Integer capacity,
                             Integer defaultDurationWeeks, BasicRate basicRate, List<String> doubleBilledItems)
        implements IntegrationPayload {

    public static final EventType<OfferPublished> TYPE = EventType.of("offer.OfferPublished", 1,
            OfferPublished.class, Topics.OFFER);

    public OfferPublished {
        doubleBilledItems = doubleBilledItems == null ? List.of() : List.copyOf(doubleBilledItems);
    }

    /** An offer without its prices, as published before the basic rate was added. */
    public OfferPublished(UUID offerId, int version, String title, String kind, String providerOrganisation,
                          String access, List<String> sectors, List<String> needs, Integer capacity,
                          Integer defaultDurationWeeks) {
        this(offerId, version, title, kind, providerOrganisation, access, sectors, needs, capacity,
                defaultDurationWeeks, null, List.of());
    }
}
