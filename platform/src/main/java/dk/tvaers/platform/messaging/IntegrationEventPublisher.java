package dk.tvaers.platform.messaging;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationEvent;
import dk.tvaers.contracts.IntegrationEventCodec;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Producer;
import dk.tvaers.platform.observability.CorrelationId;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends integration events to Kafka, for a service's {@code …Publisher} event handlers.
 * <p>
 * Those handlers run in a tracking processor of their own that never replays. Each send waits for
 * the broker's acknowledgement, so the processor's token only moves past an event once Kafka has it:
 * publishing is atomic with the event store in the at-least-once sense. If the service stops between
 * the acknowledgement and the token update the event is sent again with the same event id (the domain
 * event's id), and consumers drop the duplicate.
 */
public class IntegrationEventPublisher {

    public static final String CORRELATION_HEADER = "correlationId";
    public static final String TYPE_HEADER = "eventType";

    private final KafkaTemplate<String, byte[]> kafka;
    private final IntegrationEventCodec codec;
    private final String serviceName;
    private final Duration sendTimeout;
    private final MeterRegistry meters;

    public IntegrationEventPublisher(KafkaTemplate<String, byte[]> kafka, IntegrationEventCodec codec,
                                     String serviceName, Duration sendTimeout, MeterRegistry meters) {
        this.kafka = kafka;
        this.codec = codec;
        this.serviceName = serviceName;
        this.sendTimeout = sendTimeout;
        this.meters = meters;
    }

    /**
     * Publishes the integration event that a domain event translates to, keyed by the citizen.
     *
     * @param cause        the domain event message; its id becomes the integration event's id
     * @param type         the contract type
     * @param citizenId    the citizen's pseudonymous id
     * @param organisation the organisation the event belongs to
     * @param sector       the sector acting, or {@code null}
     * @param payload      the contract payload
     */
    public <P extends IntegrationPayload> void publish(EventMessage<?> cause, EventType<P> type, UUID citizenId,
                                                       String organisation, String sector, P payload) {
        String key = citizenId != null ? citizenId.toString() : cause.getIdentifier();
        publish(key, cause, type, citizenId, organisation, sector, payload);
    }

    /** As {@link #publish(EventMessage, EventType, UUID, String, String, IntegrationPayload)} with an explicit key. */
    public <P extends IntegrationPayload> void publish(String key, EventMessage<?> cause, EventType<P> type,
                                                       UUID citizenId, String organisation, String sector,
                                                       P payload) {
        Object correlation = cause.getMetaData().get(CorrelationId.METADATA_KEY);
        IntegrationEvent<P> event = IntegrationEvent.of(type, UUID.fromString(cause.getIdentifier()),
                cause.getTimestamp(), citizenId, organisation, new Producer(serviceName, sector),
                correlation == null ? null : correlation.toString(), payload);
        send(type.topic(), key, event);
    }

    /** Sends a ready-made event and waits for the broker's acknowledgement. */
    public void send(String topic, String key, IntegrationEvent<?> event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, codec.encodeToBytes(event));
        record.headers().add(TYPE_HEADER, event.type().getBytes(StandardCharsets.UTF_8));
        if (event.correlationId() != null) {
            record.headers().add(CORRELATION_HEADER, event.correlationId().getBytes(StandardCharsets.UTF_8));
        }
        try {
            kafka.send(record).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
            meters.counter("tvaers.integration.published", "topic", topic, "type", event.type()).increment();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException(event, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new PublishFailedException(event, e);
        }
    }

    /** Kafka did not acknowledge; the publishing processor will retry the event. */
    public static class PublishFailedException extends RuntimeException {
        PublishFailedException(IntegrationEvent<?> event, Throwable cause) {
            super("Kafka did not acknowledge " + event.type() + " " + event.eventId(), cause);
        }
    }
}
