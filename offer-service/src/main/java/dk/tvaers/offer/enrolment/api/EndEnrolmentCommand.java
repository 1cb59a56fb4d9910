package dk.tvaers.offer.enrolment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** End an enrolment: completed, discontinued, or (from the waiting list) withdrawn. */
public record EndEnrolmentCommand(@TargetAggregateIdentifier UUID offerId, UUID enrolmentId, LocalDate endedOn,
                                  EnrolmentOutcome outcome, String recordedBy) {
}
