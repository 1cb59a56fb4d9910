package dk.tvaers.offer.enrolment.api;

import java.util.UUID;

/**
 * What an enrolment command achieved: a seat, or a place on the waiting list.
 *
 * @param waitlistPosition 1 for next in line; {@code null} when the citizen has a seat
 */
public record EnrolmentResult(UUID enrolmentId, UUID citizenId, EnrolmentStatus status, Integer waitlistPosition) {
}
