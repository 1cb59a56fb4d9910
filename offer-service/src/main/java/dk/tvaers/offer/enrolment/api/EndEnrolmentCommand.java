package dk.tvaers.offer.enrolment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/**
 * End an enrolment: completed, discontinued, or (from the waiting list) withdrawn; or, whatever its state, because
 * the citizen was erased ({@link EnrolmentOutcome#CITIZEN_ERASED}, a no-op once it has ended).
 */
public record EndEnrolmentCommand(@TargetAggregateIdentifier UUID offerId, UUID enrolmentId, LocalDate endedOn,
                                  EnrolmentOutcome outcome, String recordedBy) {
}
