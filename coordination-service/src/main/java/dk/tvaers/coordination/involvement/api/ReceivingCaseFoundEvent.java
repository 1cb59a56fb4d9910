package dk.tvaers.coordination.involvement.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The receiving sector of an accepted referral has its case open for the citizen (it had one when the
 * referral was accepted, or opened one since), so the referral's work has begun on {@code startedOn}.
 */
@Revision("1")
public record ReceivingCaseFoundEvent(
        UUID citizenId,
        UUID referralId,
        String sector,
        String organisation,
        UUID caseId,
        String caseworkerId,
        LocalDate startedOn) {
}
