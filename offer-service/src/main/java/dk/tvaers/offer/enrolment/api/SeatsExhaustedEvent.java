package dk.tvaers.offer.enrolment.api;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The offer's last free seat was taken. */
@Revision("1")
public record SeatsExhaustedEvent(UUID offerId, String organisation, String providerOrganisation, int capacity) {
}
