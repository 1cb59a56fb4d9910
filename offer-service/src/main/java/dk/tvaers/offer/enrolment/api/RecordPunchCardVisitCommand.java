package dk.tvaers.offer.enrolment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** The citizen used one visit (klip) of their punch card. */
public record RecordPunchCardVisitCommand(@TargetAggregateIdentifier UUID offerId, UUID enrolmentId,
                                          LocalDate visitedOn, String recordedBy) {
}
