package dk.tvaers.coordination.involvement.api;

import dk.tvaers.platform.privacy.DataSubject;
import dk.tvaers.platform.privacy.Erasable;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * The citizen has a (new) coordinating caseworker. On a hand-over {@code previousCaseworkerId} and
 * {@code reason} say from whom and why.
 */
@Revision("1")
public record CoordinatorDesignatedEvent(
        @DataSubject UUID citizenId,
        String caseworkerId,
        String sector,
        String organisation,
        String previousCaseworkerId,
        @Erasable String reason,
        String designatedBy) {
}
