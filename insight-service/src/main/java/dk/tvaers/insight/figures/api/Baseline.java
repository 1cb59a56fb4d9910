package dk.tvaers.insight.figures.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The platform's own numbers the investment calculator starts from, each with where it comes from.
 *
 * @param year    the year the numbers are for (the last full year, unless asked otherwise)
 * @param numbers the numbers
 */
public record Baseline(int year, List<Number> numbers) {

    public static final String PLATFORM = "platform";
    public static final String ASSUMPTION = "antagelse";
    public static final String MISSING = "mangler";

    /**
     * One number.
     *
     * @param key    its key, the same as the assumption it can stand in for
     * @param label  its name in Danish
     * @param value  the number, or {@code null} when the platform cannot tell (too few citizens or no data)
     * @param unit   e.g. {@code kr.}, {@code år}, {@code borgere}
     * @param source {@value #PLATFORM} or {@value #MISSING}
     * @param basis  what it is computed from, in Danish
     */
    public record Number(String key, String label, BigDecimal value, String unit, String source, String basis) {
    }

    public Optional<BigDecimal> value(String key) {
        return numbers.stream().filter(n -> n.key().equals(key)).findFirst().map(Number::value);
    }
}
