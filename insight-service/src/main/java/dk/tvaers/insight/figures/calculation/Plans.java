package dk.tvaers.insight.figures.calculation;

import dk.tvaers.insight.figures.api.FactSheet;
import dk.tvaers.insight.figures.api.Period;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Plans in a period: who had one, and how many follow-ups their frequency asked for. */
final class Plans {

    private Plans() {
    }

    static List<FactSheet.Plan> activeIn(FactSheet sheet, Period period, LocalDate today) {
        LocalDate asOf = period.asOf(today);
        return sheet.plans().stream().filter(plan -> !plan.startedOn().isAfter(asOf)).toList();
    }

    /**
     * Follow-ups the plan's frequency asks for in the period up to {@code today}: each day with a frequency of
     * {@code m} months counts {@code 12 / (m × 365)} of a follow-up (a quarterly plan, a whole year: 4).
     */
    static BigDecimal expectedFollowUps(FactSheet.Plan plan, Period period, LocalDate today) {
        return expectedFollowUps(plan, period.start(), period.asOf(today));
    }

    static BigDecimal expectedFollowUps(FactSheet.Plan plan, LocalDate from, LocalDate to) {
        BigDecimal expected = BigDecimal.ZERO;
        List<FactSheet.Frequency> frequencies = plan.frequencies();
        for (int i = 0; i < frequencies.size(); i++) {
            LocalDate segmentStart = i == 0 ? plan.startedOn() : frequencies.get(i).from();
            LocalDate segmentEnd = i + 1 < frequencies.size() ? frequencies.get(i + 1).from().minusDays(1) : null;
            Period window = new Period("", from, to);
            long days = window.overlapDays(segmentStart, segmentEnd);
            if (days > 0) {
                expected = expected.add(BigDecimal.valueOf(days * 12L)
                        .divide(BigDecimal.valueOf(frequencies.get(i).months() * 365L), Numbers.PRECISE));
            }
        }
        return expected;
    }

    /** Days the plan ran between {@code from} and {@code to}. */
    static long activeDays(FactSheet.Plan plan, LocalDate from, LocalDate to) {
        return new Period("", from, to).overlapDays(plan.startedOn(), null);
    }
}
