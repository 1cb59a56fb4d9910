package dk.tvaers.offer.catalog.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** Take an offer out of the catalog. Citizens with a seat finish; the waiting list is closed. */
public record RetireOfferCommand(@TargetAggregateIdentifier UUID offerId, LocalDate retiredOn, String reason,
                                 String retiredBy) {
}
