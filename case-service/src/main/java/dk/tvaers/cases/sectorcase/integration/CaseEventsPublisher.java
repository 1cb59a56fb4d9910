package dk.tvaers.cases.sectorcase.integration;

import dk.tvaers.cases.sectorcase.api.CaseOpenedEvent;
import dk.tvaers.contracts.cases.v1.CaseOpened;
import dk.tvaers.platform.messaging.IntegrationEventPublisher;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/**
 * The one place where case-service's domain events become integration events. Runs in its own
 * tracking processor, which never replays.
 */
@Component
@ProcessingGroup("case-integration-publisher")
@DisallowReplay
class CaseEventsPublisher {

    private final IntegrationEventPublisher publisher;

    CaseEventsPublisher(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    void on(CaseOpenedEvent event, EventMessage<CaseOpenedEvent> message) {
        publisher.publish(message, CaseOpened.TYPE, event.citizenId(), event.organisation(), event.sector(),
                new CaseOpened(event.caseId(), event.sector(), event.legalBasis(), event.caseworkerId(),
                        event.openedOn()));
    }
}
