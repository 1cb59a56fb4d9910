package dk.tvaers.platform.axon;

import dk.tvaers.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The service's clock against its PostgreSQL's: measured, refused at start-up and DOWN on the health endpoint when
 * they are further apart than the tolerance. A clock running ahead or behind is played by an offset clock against
 * the real database.
 */
@ServiceIntegrationTest
class EventStoreClockIT {

    private static final Duration TOLERANCE = Duration.ofSeconds(5);

    @Autowired
    DataSource dataSource;

    @Autowired
    EventStoreClock serviceClock;

    @Test
    void theServiceStartedWithItsClockBesideItsDatabasesAndReportsItUp() {
        EventStoreClock.Offset offset = serviceClock.measure();
        assertThat(offset.least()).isLessThanOrEqualTo(offset.most());
        assertThat(offset.estimate().abs()).as("same host, same clock").isLessThan(Duration.ofMillis(500));

        Health health = serviceClock.health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsKeys("aheadOfDatabaseMillis", "toleranceMillis")
                .doesNotContainKey("problem");
    }

    @Test
    void anOffsetWithinTheToleranceIsMeasuredAsSuchAndAccepted() {
        EventStoreClock ahead = clockOffsetBy(Duration.ofSeconds(3));

        assertThat(ahead.measure().estimate()).isBetween(Duration.ofMillis(2500), Duration.ofMillis(3500));
        ahead.afterPropertiesSet();
        assertThat(ahead.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void aClockRunningAheadOfTheDatabasesBeyondTheToleranceIsRefusedAtStartUpAndDownOnTheHealthEndpoint() {
        EventStoreClock ahead = clockOffsetBy(Duration.ofSeconds(40));

        assertThatThrownBy(ahead::afterPropertiesSet)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ahead of its database's")
                .hasMessageContaining("tvaers.event-store.clock-tolerance");
        Health health = ahead.health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat((Long) health.getDetails().get("aheadOfDatabaseMillis")).isBetween(39_500L, 40_500L);
        assertThat(health.getDetails().get("problem").toString()).contains("ahead of");
    }

    @Test
    void aClockLaggingTheDatabasesBeyondTheToleranceIsRefusedToo() {
        EventStoreClock behind = clockOffsetBy(Duration.ofSeconds(-8));

        assertThatThrownBy(behind::afterPropertiesSet)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("behind its database's");
        assertThat(behind.health().getStatus()).isEqualTo(Status.DOWN);
    }

    private EventStoreClock clockOffsetBy(Duration offset) {
        return new EventStoreClock(dataSource, Clock.offset(Clock.systemUTC(), offset), TOLERANCE);
    }
}
