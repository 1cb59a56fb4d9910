package dk.tvaers.platform.axon;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the event store keeps late commits from being skipped.
 * <p>
 * A relational event store hands out global indexes when a row is inserted, but rows become visible
 * when their transaction commits, so a tracking processor sees gaps. Axon gives up on a gap once the
 * events after it are older than {@code gapTimeout} (AxonFramework#4829). PostgreSQL kills every
 * transaction older than {@code transactionTimeout} (its {@code transaction_timeout}, counted from the
 * start of the Spring transaction). With {@code gapTimeout >= 2 * transactionTimeout} a gap can only be
 * abandoned once no transaction that could still fill it is alive, so no committed event is ever
 * skipped. The rule is checked at start-up.
 *
 * @param gapTimeout          how long a tracking processor waits for a gap to fill
 * @param maxGapOffset        how far behind the head a gap may lie; large, so throughput never ends a gap
 * @param transactionTimeout  the longest a transaction on this database may live
 */
@ConfigurationProperties("tvaers.event-store")
public record EventStoreProperties(
        @DefaultValue("60s") Duration gapTimeout,
        @DefaultValue("1000000") int maxGapOffset,
        @DefaultValue("10s") Duration transactionTimeout) {

    public EventStoreProperties {
        if (gapTimeout.compareTo(transactionTimeout.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("tvaers.event-store.gap-timeout (" + gapTimeout
                    + ") must be at least twice tvaers.event-store.transaction-timeout (" + transactionTimeout
                    + "), or a tracking processor may skip an event that commits late");
        }
        if (maxGapOffset < 10_000) {
            throw new IllegalArgumentException("tvaers.event-store.max-gap-offset must be at least 10000");
        }
    }
}
