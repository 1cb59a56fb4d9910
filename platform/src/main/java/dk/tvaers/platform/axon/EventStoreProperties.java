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
 * The limits are kept by the database's clock, and a processor abandons the gap by its own JVM's clock, once that
 * reads t plus {@code gapTimeout}; so if that clock runs at most {@code clockTolerance} ahead of the database's,
 * {@code gapTimeout >= 3 * transactionTimeout + clockTolerance} lets a gap be abandoned only once no transaction
 * that could still fill it is alive, and no committed event is ever skipped. (The clock that stamped the event
 * cancels out: the table checked its stamp against the database's clock.) The rule is checked at start-up, and
 * {@link EventStoreClock} checks that the clocks keep within the tolerance.
 *
 * @param gapTimeout          how long a tracking processor waits for a gap to fill
 * @param maxGapOffset        how far behind the head a gap may lie; large, so throughput never ends a gap
 * @param transactionTimeout  the longest a transaction on this database may live
 * @param clockTolerance      how far this service's clock may run ahead of or behind its database's
 */
@ConfigurationProperties("tvaers.event-store")
public record EventStoreProperties(
        @DefaultValue("60s") Duration gapTimeout,
        @DefaultValue("1000000") int maxGapOffset,
        @DefaultValue("10s") Duration transactionTimeout,
        @DefaultValue("5s") Duration clockTolerance) {

    public EventStoreProperties {
        if (clockTolerance.isNegative() || clockTolerance.compareTo(transactionTimeout) >= 0) {
            throw new IllegalArgumentException("tvaers.event-store.clock-tolerance (" + clockTolerance
                    + ") must be at least 0 and less than tvaers.event-store.transaction-timeout (" + transactionTimeout
                    + "): the event table refuses every event of a service whose clock lags the database's by that");
        }
        if (gapTimeout.compareTo(transactionTimeout.multipliedBy(3).plus(clockTolerance)) < 0) {
            throw new IllegalArgumentException("tvaers.event-store.gap-timeout (" + gapTimeout
                    + ") must be at least three times tvaers.event-store.transaction-timeout (" + transactionTimeout
                    + ") plus tvaers.event-store.clock-tolerance (" + clockTolerance
                    + "), or a tracking processor may skip an event that commits late");
        }
        if (maxGapOffset < 10_000) {
            throw new IllegalArgumentException("tvaers.event-store.max-gap-offset must be at least 10000");
        }
    }
}
