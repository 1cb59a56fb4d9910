package dk.tvaers.platform.axon;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * This service's clock against its database's. That no event committing late is skipped rests on the two keeping
 * within {@code tvaers.event-store.clock-tolerance} of each other ({@link EventStoreProperties}): a processor abandons
 * a gap by this JVM's clock, and the transactions that could fill it are bounded by the database's. A clock lagging
 * by the transaction limit would also have every event refused by the event table.
 * <p>
 * Checked when the service starts, which it refuses to do outside the tolerance, and again on every health check,
 * which is DOWN outside it: a clock that drifts later still shows.
 */
public class EventStoreClock extends AbstractHealthIndicator implements InitializingBean {

    /** Tries per measurement; the one with the shortest round trip to the database counts. */
    private static final int TRIES = 3;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration tolerance;

    /**
     * @param dataSource the service's database
     * @param clock      the clock this JVM stamps events and abandons gaps by (Axon's)
     * @param tolerance  how far it may run ahead of or behind the database's
     */
    public EventStoreClock(DataSource dataSource, Clock clock, Duration tolerance) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
        this.tolerance = tolerance;
    }

    /**
     * How far this JVM's clock runs ahead of the database's. The database reads its clock between two readings
     * of this JVM's, so the offset lies between what the first and the second say; of a few tries, the one with the
     * shortest round trip gives the narrowest bounds.
     */
    public Offset measure() {
        Offset best = null;
        for (int i = 0; i < TRIES; i++) {
            Instant before = clock.instant();
            Instant database = jdbc.queryForObject("SELECT clock_timestamp()", OffsetDateTime.class).toInstant();
            Instant after = clock.instant();
            Offset offset = new Offset(Duration.between(database, before), Duration.between(database, after));
            if (best == null || offset.uncertainty().compareTo(best.uncertainty()) < 0) {
                best = offset;
            }
        }
        return best;
    }

    @Override
    public void afterPropertiesSet() {
        Offset offset = measure();
        if (!offset.within(tolerance)) {
            throw new IllegalStateException(problem(offset));
        }
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Offset offset = measure();
        boolean within = offset.within(tolerance);
        builder.status(within ? Status.UP : Status.DOWN)
                .withDetail("aheadOfDatabaseMillis", offset.estimate().toMillis())
                .withDetail("toleranceMillis", tolerance.toMillis());
        if (!within) {
            builder.withDetail("problem", problem(offset));
        }
    }

    private String problem(Offset offset) {
        String direction = offset.estimate().isNegative() ? "behind" : "ahead of";
        return "this service's clock runs " + offset.estimate().abs().toMillis() + " ms " + direction
                + " its database's, more than tvaers.event-store.clock-tolerance (" + tolerance.toMillis()
                + " ms): an event committing late could be skipped, or events refused. Synchronise the clocks (NTP).";
    }

    /**
     * How far this JVM's clock runs ahead of the database's (negative: behind), known to lie between two bounds.
     *
     * @param least at least this far ahead
     * @param most  at most this far ahead
     */
    public record Offset(Duration least, Duration most) {

        /** The middle of the bounds. */
        public Duration estimate() {
            return least.plus(most).dividedBy(2);
        }

        Duration uncertainty() {
            return most.minus(least);
        }

        /** Whether it is certain that the clocks are no further apart than {@code tolerance}. */
        public boolean within(Duration tolerance) {
            return most.compareTo(tolerance) <= 0 && least.compareTo(tolerance.negated()) >= 0;
        }
    }
}
