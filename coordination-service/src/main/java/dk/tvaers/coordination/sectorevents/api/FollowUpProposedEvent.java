package dk.tvaers.coordination.sectorevents.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/** A sector system's event calls for a follow-up of the citizen's plan by {@code suggestedBy}. */
@Revision("1")
public record FollowUpProposedEvent(
        UUID proposalId,
        UUID citizenId,
        String organisation,
        String sector,
        Cause cause,
        LocalDate suggestedBy,
        UUID sourceEventId) {

    public enum Cause {
        PATIENT_DISCHARGED, RELEASE_DATE_SET;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
