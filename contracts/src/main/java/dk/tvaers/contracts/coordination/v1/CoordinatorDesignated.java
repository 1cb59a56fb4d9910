package dk.tvaers.contracts.coordination.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Topics;

/**
 * The citizen has a (new) coordinating caseworker, designated from an involved sector. A hand-over names
 * the previous coordinator and the reason.
 */
public record CoordinatorDesignated(String caseworkerId, String sector, String organisation,
                                    String previousCaseworkerId, String reason) implements IntegrationPayload {

    public static final EventType<CoordinatorDesignated> TYPE = EventType.of("coordination.CoordinatorDesignated", 1,
            CoordinatorDesignated.class, Topics.COORDINATION);
}
