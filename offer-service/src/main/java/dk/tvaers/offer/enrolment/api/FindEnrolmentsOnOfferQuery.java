package dk.tvaers.offer.enrolment.api;

import java.util.UUID;

/** The citizens on an offer: seated first, then the waiting list in order; ended ones only if asked. */
public record FindEnrolmentsOnOfferQuery(UUID offerId, boolean includeEnded) {
}
