package dk.tvaers.insight.figures.calculation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Rounding the figures show: half up, at the scale each figure names. Nothing to divide by gives {@code null}. */
final class Numbers {

    static final MathContext PRECISE = MathContext.DECIMAL64;
    static final BigDecimal DAYS_A_YEAR = BigDecimal.valueOf(365);
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Numbers() {
    }

    static BigDecimal count(long n) {
        return BigDecimal.valueOf(n);
    }

    static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator, int scale) {
        if (denominator == null || denominator.signum() == 0) {
            return null;
        }
        return numerator.divide(denominator, PRECISE).setScale(scale, RoundingMode.HALF_UP);
    }

    static BigDecimal ratio(long numerator, long denominator, int scale) {
        return ratio(count(numerator), count(denominator), scale);
    }

    /** {@code part} of {@code whole} in per cent, one decimal. */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, PRECISE).setScale(1, RoundingMode.HALF_UP);
    }

    static BigDecimal percent(long part, long whole) {
        return percent(count(part), count(whole));
    }

    static BigDecimal round(BigDecimal value, int scale) {
        return value == null ? null : value.setScale(scale, RoundingMode.HALF_UP);
    }

    /** Days as years of 365 days. */
    static BigDecimal years(long days) {
        return count(days).divide(DAYS_A_YEAR, PRECISE);
    }
}
