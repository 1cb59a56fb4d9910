package dk.tvaers.offer.enrolment.api;

import java.util.UUID;

public record FindEnrolmentQuery(UUID enrolmentId) {
}
