package dk.tvaers.insight.figures.calculation;

import dk.tvaers.insight.figures.api.FactSheet;
import dk.tvaers.insight.figures.api.Period;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What a grant costs in a period: the hours granted (hours a week × days / 7) priced at the offer's basic rate
 * in force on each day. An hourly rate is paid per granted hour, a daily rate per day, a weekly per 7 days, a
 * monthly per 365/12 days. A rate per visit or per course, or an offer without a rate, cannot be priced from
 * granted time: those hours are counted as unpriced.
 */
public final class GrantCosting {

    private static final BigDecimal SEVEN = BigDecimal.valueOf(7);
    private static final BigDecimal MONTHS_A_YEAR = BigDecimal.valueOf(12);

    private GrantCosting() {
    }

    /** Granted hours, their price and the hours without a price. */
    public record Cost(BigDecimal hours, BigDecimal amount, BigDecimal unpricedHours) {

        static final Cost NONE = new Cost(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

        Cost plus(Cost other) {
            return new Cost(hours.add(other.hours), amount.add(other.amount), unpricedHours.add(other.unpricedHours));
        }
    }

    public static Cost of(FactSheet.Grant grant, Period period, FactSheet sheet) {
        if (grant.from() == null || grant.lastDay() == null) {
            return Cost.NONE;
        }
        LocalDate first = grant.from().isAfter(period.start()) ? grant.from() : period.start();
        LocalDate last = grant.lastDay().isBefore(period.end()) ? grant.lastDay() : period.end();
        if (last.isBefore(first)) {
            return Cost.NONE;
        }
        TreeSet<LocalDate> starts = new TreeSet<>();
        starts.add(first);
        sheet.pricesOf(grant.offerId()).stream().map(FactSheet.Price::from)
                .filter(d -> d.isAfter(first) && !d.isAfter(last)).forEach(starts::add);
        Cost total = Cost.NONE;
        for (LocalDate start : starts) {
            LocalDate next = starts.higher(start);
            LocalDate end = next == null ? last : next.minusDays(1);
            long days = end.toEpochDay() - start.toEpochDay() + 1;
            total = total.plus(segment(grant, days, sheet.priceOn(grant.offerId(), start)));
        }
        return total;
    }

    private static Cost segment(FactSheet.Grant grant, long days, Optional<FactSheet.Price> price) {
        BigDecimal dayCount = BigDecimal.valueOf(days);
        BigDecimal hours = grant.hoursPerWeek() == null ? BigDecimal.ZERO
                : grant.hoursPerWeek().multiply(dayCount).divide(SEVEN, Numbers.PRECISE);
        if (price.isEmpty() || price.get().amount() == null || price.get().unit() == null) {
            return new Cost(hours, BigDecimal.ZERO, hours);
        }
        BigDecimal rate = price.get().amount();
        BigDecimal amount = switch (price.get().unit()) {
            case "hour" -> hours.multiply(rate);
            case "day" -> dayCount.multiply(rate);
            case "week" -> dayCount.multiply(rate).divide(SEVEN, Numbers.PRECISE);
            case "month" -> dayCount.multiply(MONTHS_A_YEAR).multiply(rate).divide(Numbers.DAYS_A_YEAR,
                    Numbers.PRECISE);
            default -> null;
        };
        return amount == null ? new Cost(hours, BigDecimal.ZERO, hours) : new Cost(hours, amount, BigDecimal.ZERO);
    }
}
