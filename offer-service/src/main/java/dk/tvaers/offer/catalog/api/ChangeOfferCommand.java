package dk.tvaers.offer.catalog.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Change a published offer's details, making a new version.
 *
 * @param changedOn       the day the change takes effect: citizens who get a seat by it are enrolled from then
 * @param expectedVersion the version the change is based on: a change of a stale version is refused
 */
public record ChangeOfferCommand(@TargetAggregateIdentifier UUID offerId, int expectedVersion,
                                 OfferDetails details, LocalDate changedOn,
                                 String changedBy) {
}
