package dk.tvaers.offer.catalog.api;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** One weekly meeting of a group course, e.g. Tuesdays 10:00-12:00. */
public record Session(DayOfWeek day, LocalTime startsAt, LocalTime endsAt) {
}
