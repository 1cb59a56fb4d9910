package dk.tvaers.offer.catalog.api;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** A new version of an offer's details, in full (so the history needs no earlier version to read it). */
@Revision("1")
public record OfferChangedEvent(UUID offerId, String organisation, int version, OfferDetails details,
                                String changedBy) {
}
