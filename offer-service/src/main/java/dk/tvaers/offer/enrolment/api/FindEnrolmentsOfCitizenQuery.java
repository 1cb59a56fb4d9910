package dk.tvaers.offer.enrolment.api;

import java.util.UUID;

public record FindEnrolmentsOfCitizenQuery(UUID citizenId) {
}
