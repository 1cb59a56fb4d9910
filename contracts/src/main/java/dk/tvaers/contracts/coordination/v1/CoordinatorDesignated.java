package dk.tvaers.contracts.coordination.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Topics;

/**
 * The citizen has a (new) coordinating caseworker, designated from an involved sector. A hand-over names
 * the previous coordinator.
 *
 * @param reason always {@code null}: the hand-over reason is free text that can name a person, and Kafka
 *               cannot be crypto-shredded, so the reason stays in coordination-service (sealed with the
 *               citizen's key). The field remains, optional, so that messages published before still decode.
 */
public record CoordinatorDesignated(String caseworkerId, String sector, String organisation,
                                    String previousCaseworkerId, String reason) implements IntegrationPayload {

    public static final EventType<CoordinatorDesignated> TYPE = EventType.of("coordination.CoordinatorDesignated", 1,
            CoordinatorDesignated.class, Topics.COORDINATION);

    /** A designation as published: without the reason. */
    public CoordinatorDesignated(String caseworkerId, String sector, String organisation,
                                 String previousCaseworkerId) {
        this(caseworkerId, sector, organisation, previousCaseworkerId, null);
    }
}
