package dk.tvaers.offer.enrolment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Enrol a citizen on an offer: a seat if one is free, else the waiting list. Sent again with the same
 * enrolment id (a retried request) it returns the first result and changes nothing.
 *
 * @param organisation    the municipality acting for the citizen
 * @param referringSector the sector referring the citizen; {@code null} only for an open offer
 */
public record EnrolCitizenCommand(@TargetAggregateIdentifier UUID offerId, UUID enrolmentId, UUID citizenId,
                                  String organisation, String referringSector, LocalDate enrolledOn,
                                  String enrolledBy) {
}
