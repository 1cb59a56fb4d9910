package dk.tvaers.coordination.involvement.integration;

import dk.tvaers.contracts.IntegrationEvent;
import dk.tvaers.contracts.IntegrationEventCodec;
import dk.tvaers.contracts.Topics;
import dk.tvaers.contracts.cases.v1.CaseClosed;
import dk.tvaers.contracts.cases.v1.CaseOpened;
import dk.tvaers.contracts.cases.v1.CaseTransferred;
import dk.tvaers.coordination.involvement.api.ChangeSectorCaseworkerCommand;
import dk.tvaers.coordination.involvement.api.EndSectorInvolvementCommand;
import dk.tvaers.coordination.involvement.api.RecordSectorInvolvementCommand;
import dk.tvaers.platform.messaging.Inbox;
import dk.tvaers.platform.messaging.RelevantEvents;
import dk.tvaers.platform.messaging.UnprocessableEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The one place where case-service's integration events become commands here. Each event is applied
 * once (the inbox), in order per citizen (the topic is keyed by citizen); one that cannot be read goes
 * to {@code tvaers.case.events-dlt} with the reason. A case opened by a sector that accepted a referral puts
 * the referral in progress through the citizen's involvement ({@code ReferralProgress}).
 */
@Component
class CaseEventsListener {

    static final String CONSUMER = "coordination-service.case-events";

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
        inbox.receiveAll(CONSUMER, records, codec, RelevantEvents.of(CaseOpened.TYPE, CaseClosed.TYPE, CaseTransferred.TYPE), this::apply);
    }

    private void apply(IntegrationEvent<?> event) {
        if (event.is(CaseOpened.TYPE)) {
            CaseOpened opened = event.payloadAs(CaseOpened.TYPE);
            commands.sendAndWait(new RecordSectorInvolvementCommand(event.citizenId(), event.organisation(),
                    opened.sector(), opened.caseId(), opened.caseworkerId(), opened.openedOn()));
        } else if (event.is(CaseClosed.TYPE)) {
            CaseClosed closed = event.payloadAs(CaseClosed.TYPE);
            sendToKnownCitizen(event, new EndSectorInvolvementCommand(event.citizenId(), closed.sector(),
                    closed.caseId(), closed.closedOn()));
        } else if (event.is(CaseTransferred.TYPE)) {
            CaseTransferred transferred = event.payloadAs(CaseTransferred.TYPE);
            sendToKnownCitizen(event, new ChangeSectorCaseworkerCommand(event.citizenId(), transferred.sector(),
                    transferred.caseId(), transferred.toCaseworkerId(), transferred.transferredOn()));
        }
    }

    /** A case that was never opened here cannot close or move: that contradicts what we know. */
    private void sendToKnownCitizen(IntegrationEvent<?> event, Object command) {
        try {
            commands.sendAndWait(command);
        } catch (AggregateNotFoundException e) {
            throw new UnprocessableEventException(event.type() + " for a citizen with no open case here", e);
        }
    }
}
