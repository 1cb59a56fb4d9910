package dk.tvaers.insight.facts.integration;

import dk.tvaers.platform.domain.DanishTime;
import dk.tvaers.contracts.IntegrationEvent;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Appends the facts the listeners translate to insight-service's own event store, in the inbox's transaction,
 * so a fact is recorded exactly once with the event id that brought it. The figures' tables are projections
 * of these facts: rebuilding them is a replay of this store, whatever Kafka still retains.
 */
@Component
class Facts {

    static final ZoneId DANISH_TIME = DanishTime.ZONE;

    private final EventGateway events;

    Facts(EventGateway events) {
        this.events = events;
    }

    void record(Object fact) {
        events.publish(fact);
    }

    /** The Danish calendar day the event happened, for facts whose payload carries no date of its own. */
    static LocalDate dayOf(IntegrationEvent<?> event) {
        return LocalDate.ofInstant(event.occurredAt(), DANISH_TIME);
    }
}
