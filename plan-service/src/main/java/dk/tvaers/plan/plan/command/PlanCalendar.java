package dk.tvaers.plan.plan.command;

import dk.tvaers.platform.domain.DanishTime;
import org.axonframework.eventhandling.GenericEventMessage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Dates as the plan sees them: Danish local dates, and "today" from Axon's message clock so that a test
 * fixture's simulated time is the plan's time too.
 */
public final class PlanCalendar {

    public static final ZoneId ZONE = DanishTime.ZONE;

    private PlanCalendar() {
    }

    public static LocalDate today() {
        return LocalDate.ofInstant(GenericEventMessage.clock.instant(), ZONE);
    }

    /** Midnight at the start of {@code date}, Danish time. */
    public static Instant startOf(LocalDate date) {
        return date.atStartOfDay(ZONE).toInstant();
    }
}
