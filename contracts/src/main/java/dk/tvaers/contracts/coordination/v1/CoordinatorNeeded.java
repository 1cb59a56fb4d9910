package dk.tvaers.contracts.coordination.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Topics;

import java.util.List;

/**
 * The citizen has no coordinating caseworker and the team must designate one: two or more sectors are involved
 * and none coordinates, or the coordinator's case closed or moved to another caseworker. When
 * {@code previousCaseworkerId} is set, that person no longer coordinates from now on.
 */
public record CoordinatorNeeded(String reason,
                                String previousCaseworkerId,
                                String previousSector,
                                List<String> involvedSectors) implements IntegrationPayload {

    public static final EventType<CoordinatorNeeded> TYPE =
            EventType.of("coordination.CoordinatorNeeded", 1, CoordinatorNeeded.class, Topics.COORDINATION);
}
