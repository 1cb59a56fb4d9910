package dk.tvaers.platform.messaging;

import dk.tvaers.contracts.IntegrationEvent;
import dk.tvaers.platform.observability.CorrelationId;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

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
     * Runs {@code work} for the event unless this consumer has applied it before.
     *
     * @return {@code true} if the work ran, {@code false} for a duplicate
     */
    public boolean receive(String consumer, String topic, IntegrationEvent<?> event,
                           Consumer<IntegrationEvent<?>> work) {
        Boolean applied = transactions.execute(status -> {
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
        });
        boolean ran = Boolean.TRUE.equals(applied);
        if (!ran) {
            log.info("Skipped duplicate {} {} for {}", event.type(), event.eventId(), consumer);
        }
        meters.counter("tvaers.integration.received", "consumer", consumer, "type", event.type(),
                "outcome", ran ? "applied" : "duplicate").increment();
        return ran;
    }
}
