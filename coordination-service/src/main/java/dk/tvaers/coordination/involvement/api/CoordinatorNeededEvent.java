package dk.tvaers.coordination.involvement.api;

import org.axonframework.serialization.Revision;

import java.util.List;
import java.util.UUID;

/**
 * The citizen has no coordinating caseworker and the team must designate one. When
 * {@code previousCaseworkerId} is set, that person's coordination ended with this event.
 */
@Revision("1")
public record CoordinatorNeededEvent(
        UUID citizenId,
        String organisation,
        Reason reason,
        String previousCaseworkerId,
        String previousSector,
        List<String> involvedSectors) {

    public enum Reason {
        /** Two or more sectors are involved and none coordinates. */
        NO_COORDINATOR,
        /** The coordinator's case closed. */
        COORDINATOR_CASE_CLOSED,
        /** The coordinator's case moved to another caseworker. */
        COORDINATOR_CASE_TRANSFERRED;

        /** The contract's code, e.g. {@code coordinator-case-closed}. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
