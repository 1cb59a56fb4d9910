package dk.tvaers.platform.domain;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The municipality's calendar: a date is the date a Danish caseworker sees on the wall, whatever zone the
 * server runs in (containers run in UTC, where the date changes an hour or two later than in Denmark).
 */
public final class DanishTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    private DanishTime() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
