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
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends integration events to Kafka, for a service's {@code …Publisher} event handlers.
 * <p>
 * Those handlers run in a tracking processor of their own that never replays. Sends within one batch
 * of the processor go out together, and the batch's unit of work only commits (and the processor's
 * token only moves past them) once the broker has acknowledged every one: publishing is atomic with the
 * event store in the at-least-once sense. If the service stops between the acknowledgement and the
 * token update, the events are sent again with the same event ids (the domain events' ids), and
 * consumers drop the duplicates.
 */
public class IntegrationEventPublisher {

    public static final String CORRELATION_HEADER = "correlationId";
    public static final String TYPE_HEADER = "eventType";
    private static final String PENDING_SENDS = IntegrationEventPublisher.class.getName() + ".pending";

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

    /**
     * Sends a ready-made event. Inside a unit of work (a publishing processor's batch) the send is
     * awaited when the unit of work prepares to commit, together with the batch's other sends; outside
     * one it is awaited at once.
     */
    public void send(String topic, String key, IntegrationEvent<?> event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, codec.encodeToBytes(event));
        record.headers().add(TYPE_HEADER, event.type().getBytes(StandardCharsets.UTF_8));
        if (event.correlationId() != null) {
            record.headers().add(CORRELATION_HEADER, event.correlationId().getBytes(StandardCharsets.UTF_8));
        }
        PendingSend pending = new PendingSend(event, kafka.send(record));
        if (CurrentUnitOfWork.isStarted()) {
            UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
            List<PendingSend> batch = unitOfWork.getOrComputeResource(PENDING_SENDS, key1 -> {
                List<PendingSend> sends = new ArrayList<>();
                unitOfWork.onPrepareCommit(u -> sends.forEach(this::await));
                return sends;
            });
            batch.add(pending);
        } else {
            await(pending);
        }
    }

    private record PendingSend(IntegrationEvent<?> event, CompletableFuture<?> acknowledgement) {
    }

    private void await(PendingSend pending) {
        try {
            pending.acknowledgement().get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
            meters.counter("tvaers.integration.published", "type", pending.event().type()).increment();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException(pending.event(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new PublishFailedException(pending.event(), e);
        }
    }

    /** Kafka did not acknowledge; the publishing processor will retry the event. */
    public static class PublishFailedException extends RuntimeException {
        PublishFailedException(IntegrationEvent<?> event, Throwable cause) {
            super("Kafka did not acknowledge " + event.type() + " " + event.eventId(), cause);
        }
    }
}
