package dk.tvaers.platform.testapp;

import dk.tvaers.contracts.IntegrationEvent;
import dk.tvaers.contracts.IntegrationEventCodec;
import dk.tvaers.contracts.Topics;
import dk.tvaers.contracts.cases.v1.CaseOpened;
import dk.tvaers.platform.messaging.Inbox;
import dk.tvaers.platform.messaging.RelevantEvents;
import dk.tvaers.platform.messaging.UnprocessableEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * A batch listener as the services write them: every case opened with a legal basis starting {@value #MARK}
 * records a ledger entry named by the case; {@value #POISON} cannot be applied.
 */
@Component
public class LedgerCaseListener {

    public static final String CONSUMER = "platform-test.ledger-cases";
    public static final String MARK = "inbox-test";
    public static final String POISON = "inbox-test-poison";

    private final IntegrationEventCodec codec;
    private final Inbox inbox;
    private final CommandGateway commands;

    LedgerCaseListener(IntegrationEventCodec codec, Inbox inbox, CommandGateway commands) {
        this.codec = codec;
        this.inbox = inbox;
        this.commands = commands;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.CASE, batch = "true")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        inbox.receiveAll(CONSUMER, records, codec, RELEVANT, this::apply);
    }

    private static final RelevantEvents RELEVANT = RelevantEvents.of(CaseOpened.TYPE)
            .where(event -> event.payloadAs(CaseOpened.TYPE).legalBasis().startsWith(MARK));

    private void apply(IntegrationEvent<?> event) {
        CaseOpened opened = event.payloadAs(CaseOpened.TYPE);
        if (opened.legalBasis().equals(POISON)) {
            throw new UnprocessableEventException("a poisoned test case");
        }
        commands.sendAndWait(new Ledger.RecordEntryCommand(opened.caseId().toString(), 1));
    }
}
