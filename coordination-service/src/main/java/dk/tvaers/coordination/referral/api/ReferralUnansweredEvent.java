package dk.tvaers.coordination.referral.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** Nobody answered the referral within the configured time: it is flagged, and stays open. */
@Revision("1")
public record ReferralUnansweredEvent(UUID referralId, UUID citizenId, String fromSector, String fromOrganisation,
                                      String toSector, String toOrganisation, LocalDate sentOn, LocalDate answerBy) {
}
