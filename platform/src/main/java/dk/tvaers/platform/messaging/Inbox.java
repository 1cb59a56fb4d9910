package dk.tvaers.platform.messaging;

import dk.tvaers.contracts.IntegrationEvent;
import dk.tvaers.contracts.IntegrationEventCodec;
import dk.tvaers.contracts.InvalidIntegrationEventException;
import dk.tvaers.platform.observability.CorrelationId;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Applies each integration event once per consumer. The event id is recorded in the same database
 * transaction as the work it causes (commands, events, read model rows), so a redelivered message
 * finds its id and is skipped, and a failure leaves neither the id nor the work behind.
 */
public class Inbox {

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;

    public Inbox(JdbcClient jdbc, TransactionTemplate transactions, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.meters = meters;
    }

    /**
     * Applies a poll's records in order, each once, in one transaction: decodes them, keeps those {@code relevant}
     * for this consumer, records their ids and runs {@code work} for each one not applied before. A record whose
     * type header names an event the consumer does not act on is passed over undecoded ({@link RelevantEvents}).
     * <p>
     * A record that cannot be decoded ends the batch: the records before it are applied and committed, then a
     * {@link BatchListenerFailedException} names it, so the listener's error handler sends it to the dead-letter
     * topic and goes on with the rest. If the work fails for one event, the batch's transaction is rolled back and
     * the events are applied again one transaction each up to the failing one, which is named the same way: the
     * error handler retries it or dead-letters it as it would a single record. Nothing is applied twice, nothing
     * after a failed event is applied before it, and the order of each citizen's events holds.
     */
    public void receiveAll(String consumer, List<ConsumerRecord<String, byte[]>> records, IntegrationEventCodec codec,
                           RelevantEvents relevant, Consumer<IntegrationEvent<?>> work) {
        List<Received> batch = new ArrayList<>(records.size());
        InvalidIntegrationEventException unreadable = null;
        int unreadableAt = -1;
        for (int index = 0; index < records.size(); index++) {
            ConsumerRecord<String, byte[]> record = records.get(index);
            if (!relevant.mayConcern(record)) {
                continue;
            }
            try {
                IntegrationEvent<?> event = codec.decode(record.value());
                if (relevant.test(event)) {
                    batch.add(new Received(index, record.topic(), event));
                }
            } catch (InvalidIntegrationEventException e) {
                unreadable = e;
                unreadableAt = index;
                break;
            }
        }
        applyAll(consumer, batch, work);
        if (unreadable != null) {
            throw new BatchListenerFailedException(unreadable.getMessage(), unreadable, unreadableAt);
        }
    }

    private record Received(int index, String topic, IntegrationEvent<?> event) {
    }

    private void applyAll(String consumer, List<Received> batch, Consumer<IntegrationEvent<?>> work) {
        if (batch.isEmpty()) {
            return;
        }
        if (batch.size() == 1) {
            applyEach(consumer, batch, work);
            return;
        }
        List<Boolean> ran;
        try {
            ran = transactions.execute(status -> batch.stream()
                    .map(received -> applyOnce(consumer, received.topic(), received.event(), work)).toList());
        } catch (RuntimeException failed) {
            // one of them could not be applied: find which, applying those before it on their own
            applyEach(consumer, batch, work);
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            counted(consumer, batch.get(i).event(), Boolean.TRUE.equals(ran.get(i)));
        }
    }

    private void applyEach(String consumer, List<Received> batch, Consumer<IntegrationEvent<?>> work) {
        for (Received received : batch) {
            try {
                receive(consumer, received.topic(), received.event(), work);
            } catch (RuntimeException e) {
                throw new BatchListenerFailedException(e.getMessage(), e, received.index());
            }
        }
    }

    /** In the caller's transaction: records the event's id and runs the work, unless it was applied before. */
    private boolean applyOnce(String consumer, String topic, IntegrationEvent<?> event,
                              Consumer<IntegrationEvent<?>> work) {
        int inserted = jdbc.sql("""
                        INSERT INTO inbox_message (consumer, event_id, event_type, topic)
                        VALUES (:consumer, :eventId, :type, :topic)
                        ON CONFLICT (consumer, event_id) DO NOTHING""")
                .param("consumer", consumer)
                .param("eventId", event.eventId())
                .param("type", event.type())
                .param("topic", topic)
                .update();
        if (inserted == 0) {
            return false;
        }
        CorrelationId.runWith(event.correlationId(), () -> work.accept(event));
        return true;
    }

    private void counted(String consumer, IntegrationEvent<?> event, boolean ran) {
        if (!ran) {
            log.info("Skipped duplicate {} {} for {}", event.type(), event.eventId(), consumer);
        }
        meters.counter("tvaers.integration.received", "consumer", consumer, "type", event.type(),
                "outcome", ran ? "applied" : "duplicate").increment();
    }

    /**
     * Runs {@code work} for the event unless this consumer has applied it before.
     *
     * @return {@code true} if the work ran, {@code false} for a duplicate
     */
    public boolean receive(String consumer, String topic, IntegrationEvent<?> event,
                           Consumer<IntegrationEvent<?>> work) {
        boolean ran = Boolean.TRUE.equals(transactions.execute(status -> applyOnce(consumer, topic, event, work)));
        counted(consumer, event, ran);
        return ran;
    }
}
