package dk.tvaers.platform.axon;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the event store keeps late commits from being skipped.
 * <p>
 * A relational event store hands out global indexes when a row is inserted, but rows become visible
 * when their transaction commits, so a tracking processor sees gaps. Axon gives up on a gap once the
 * events after it are older than {@code gapTimeout} (AxonFramework#4829). Two bounds make that safe:
 * PostgreSQL kills every transaction older than {@code transactionTimeout} (its {@code transaction_timeout},
 * counted from the transaction's start on the server), and the event table refuses a row stamped more than
 * {@code transactionTimeout} before the transaction that inserts it began (a trigger, {@code db/platform/V8}).
 * <p>
 * Say transaction A holds index g and B stores an event after it, stamped at t. B began at most one limit
 * after t; B inserted its row after A inserted g, and within one limit of beginning; A commits within one
 * limit of beginning, which was before it inserted g. So A has committed or died by t plus three limits.
 * With {@code gapTimeout >= 3 * transactionTimeout} a gap can only be abandoned once no transaction that
 * could still fill it is alive, so no committed event is ever skipped. The rule is checked at start-up.
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
        if (gapTimeout.compareTo(transactionTimeout.multipliedBy(3)) < 0) {
            throw new IllegalArgumentException("tvaers.event-store.gap-timeout (" + gapTimeout
                    + ") must be at least three times tvaers.event-store.transaction-timeout (" + transactionTimeout
                    + "), or a tracking processor may skip an event that commits late");
        }
        if (maxGapOffset < 10_000) {
            throw new IllegalArgumentException("tvaers.event-store.max-gap-offset must be at least 10000");
        }
    }
}
