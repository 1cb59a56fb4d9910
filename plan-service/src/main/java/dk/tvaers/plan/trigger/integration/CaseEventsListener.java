package dk.tvaers.plan.trigger.integration;

import dk.tvaers.contracts.IntegrationEvent;
import dk.tvaers.contracts.IntegrationEventCodec;
import dk.tvaers.contracts.Topics;
import dk.tvaers.contracts.cases.v1.CaseClosed;
import dk.tvaers.contracts.cases.v1.CaseOpened;
import dk.tvaers.plan.trigger.api.RecordCaseClosedCommand;
import dk.tvaers.plan.trigger.api.RecordCaseOpenedCommand;
import dk.tvaers.platform.messaging.Inbox;
import dk.tvaers.platform.messaging.RelevantEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The one place where case-service's integration events become commands in plan-service: which sectors
 * have an open case for a citizen. Each event is applied once (the inbox), in order per citizen (the topic
 * is keyed by citizen); one that cannot be read goes to {@code tvaers.case.events-dlt} with the reason.
 */
@Component
class CaseEventsListener {

    static final String CONSUMER = "plan-service.case-events";

    private final IntegrationEventCodec codec;
    private final Inbox inbox;
    private final CommandGateway commands;

    CaseEventsListener(IntegrationEventCodec codec, Inbox inbox, CommandGateway commands) {
        this.codec = codec;
        this.inbox = inbox;
        this.commands = commands;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.CASE, batch = "true")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        inbox.receiveAll(CONSUMER, records, codec, RelevantEvents.of(CaseOpened.TYPE, CaseClosed.TYPE), this::apply);
    }

    private void apply(IntegrationEvent<?> event) {
        if (event.is(CaseOpened.TYPE)) {
            CaseOpened opened = event.payloadAs(CaseOpened.TYPE);
            commands.sendAndWait(new RecordCaseOpenedCommand(event.citizenId(), event.organisation(), opened.caseId(),
                    opened.sector(), opened.openedOn()));
        } else {
            CaseClosed closed = event.payloadAs(CaseClosed.TYPE);
            commands.sendAndWait(new RecordCaseClosedCommand(event.citizenId(), closed.caseId(), closed.closedOn()));
        }
    }
}
