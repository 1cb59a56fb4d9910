package dk.tvaers.coordination.sectorevents.integration;

import dk.tvaers.contracts.EventCatalog;
import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationEvent;
import dk.tvaers.contracts.IntegrationEventCodec;
import dk.tvaers.contracts.sectors.v1.SectorTopics;
import dk.tvaers.coordination.sectorevents.api.ReceiveSectorEventCommand;
import dk.tvaers.platform.messaging.Inbox;
import dk.tvaers.platform.messaging.UnprocessableEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The one place where the sector systems' events enter the platform. Every message is validated against
 * its JSON Schema (by the codec); it must also be a sector event, on its own sector's topic, keyed by the
 * citizen it concerns. Anything else goes to {@code <topic>-dlt} with the reason and the consumer goes on.
 */
@Component
class SectorSystemsListener {

    static final String CONSUMER = "coordination-service.sector-events";
    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private final IntegrationEventCodec codec;
    private final Inbox inbox;
    private final CommandGateway commands;

    SectorSystemsListener(IntegrationEventCodec codec, Inbox inbox, CommandGateway commands) {
        this.codec = codec;
        this.inbox = inbox;
        this.commands = commands;
    }

    @KafkaListener(id = CONSUMER, topics = {SectorTopics.JOBCENTER, SectorTopics.PSYCHIATRY,
            SectorTopics.ADDICTION_CENTRE, SectorTopics.PROBATION})
    void on(ConsumerRecord<String, byte[]> record) {
        IntegrationEvent<?> event = codec.decode(record.value());
        EventType<?> type = EventCatalog.find(event.type(), event.schemaVersion()).orElseThrow();
        if (!"sectors".equals(type.context())) {
            throw new UnprocessableEventException(event.type() + " is not a sector system's event");
        }
        if (!type.topic().equals(record.topic())) {
            throw new UnprocessableEventException(event.type() + " belongs on " + type.topic() + ", not "
                    + record.topic());
        }
        if (!Objects.equals(record.key(), String.valueOf(event.citizenId()))) {
            throw new UnprocessableEventException("the message key must be the citizen's pseudonymous id "
                    + event.citizenId() + ", not " + record.key());
        }
        inbox.receive(CONSUMER, record.topic(), event, this::apply);
    }

    private void apply(IntegrationEvent<?> event) {
        Map<String, String> facts = new LinkedHashMap<>();
        codec.mapper().convertValue(event.payload(), FIELDS).forEach((field, value) -> {
            if (value != null) {
                facts.put(field, String.valueOf(value));
            }
        });
        commands.sendAndWait(new ReceiveSectorEventCommand(event.eventId(), event.citizenId(), event.organisation(),
                event.producer().sector(), event.type(), event.occurredAt(), event.payload(), facts));
    }
}
