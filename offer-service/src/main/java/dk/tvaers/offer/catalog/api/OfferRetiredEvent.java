package dk.tvaers.offer.catalog.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

@Revision("1")
public record OfferRetiredEvent(UUID offerId, String organisation, int version, String providerOrganisation,
                                LocalDate retiredOn, String reason, String retiredBy) {
}
