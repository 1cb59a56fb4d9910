package dk.tvaers.insight.figures.api;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A calendar period the figures are counted in.
 *
 * @param label e.g. {@code 2026}, {@code 2026 K3} (kvartal) or {@code 2026-03}
 * @param start the first day
 * @param end   the last day
 */
public record Period(String label, LocalDate start, LocalDate end) {

    /** How long the periods of a figure are. */
    public enum Length {
        YEAR, QUARTER, MONTH;

        public static Length parse(String text) {
            return switch (text == null ? "year" : text.toLowerCase(Locale.ROOT)) {
                case "year", "år" -> YEAR;
                case "quarter", "kvartal" -> QUARTER;
                case "month", "måned" -> MONTH;
                default -> throw new IllegalArgumentException("period must be year, quarter or month: " + text);
            };
        }
    }

    /** The periods of {@code length} from the start of {@code fromYear} to the end of {@code toYear}. */
    public static List<Period> of(Length length, int fromYear, int toYear) {
        List<Period> periods = new ArrayList<>();
        for (int year = fromYear; year <= toYear; year++) {
            switch (length) {
                case YEAR -> periods.add(new Period(String.valueOf(year), LocalDate.of(year, 1, 1),
                        LocalDate.of(year, 12, 31)));
                case QUARTER -> {
                    for (int q = 1; q <= 4; q++) {
                        LocalDate start = LocalDate.of(year, 3 * q - 2, 1);
                        periods.add(new Period(year + " K" + q, start, start.plusMonths(3).minusDays(1)));
                    }
                }
                case MONTH -> {
                    for (int m = 1; m <= 12; m++) {
                        LocalDate start = LocalDate.of(year, m, 1);
                        periods.add(new Period(String.format("%d-%02d", year, m), start,
                                start.plusMonths(1).minusDays(1)));
                    }
                }
            }
        }
        return periods;
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(start) && !day.isAfter(end);
    }

    /** Days of {@code [from, to]} (both inclusive, {@code to} may be {@code null} for open) inside this period. */
    public long overlapDays(LocalDate from, LocalDate to) {
        LocalDate first = from.isAfter(start) ? from : start;
        LocalDate last = to == null || to.isAfter(end) ? end : to;
        return last.isBefore(first) ? 0 : ChronoUnit.DAYS.between(first, last) + 1;
    }

    /** The day the period's state is read on: its last day, or {@code today} while it is still running. */
    public LocalDate asOf(LocalDate today) {
        return end.isAfter(today) ? today : end;
    }
}
