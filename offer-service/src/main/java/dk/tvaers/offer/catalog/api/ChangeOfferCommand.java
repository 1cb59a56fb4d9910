package dk.tvaers.offer.catalog.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Change a published offer's details, making a new version.
 *
 * @param changedOn       the day the change takes effect: citizens who get a seat by it are enrolled from then
 * @param expectedVersion the version the change is based on, or {@code null} to change whatever is current
 */
public record ChangeOfferCommand(@TargetAggregateIdentifier UUID offerId, Integer expectedVersion,
                                 OfferDetails details, LocalDate changedOn,
                                 String changedBy) {
}
