package dk.tvaers.offer.enrolment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

public record StartEnrolmentCommand(@TargetAggregateIdentifier UUID offerId, UUID enrolmentId, LocalDate startedOn,
                                    String recordedBy) {
}
