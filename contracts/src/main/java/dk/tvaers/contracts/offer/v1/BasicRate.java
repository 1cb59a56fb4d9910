package dk.tvaers.contracts.offer.v1;

import java.math.BigDecimal;
import java.util.List;

/**
 * An offer's basic rate (basistakst): what the municipality pays per unit, so consumers can price the hours,
 * days or weeks granted on the offer.
 *
 * @param amount DKK per unit, two decimals
 * @param unit   what the amount is paid per: {@code hour}, {@code day}, {@code week}, {@code month},
 *               {@code visit} or {@code course}
 */
public record BasicRate(BigDecimal amount, String unit) {

    public static final String HOUR = "hour";
    public static final String DAY = "day";
    public static final String WEEK = "week";
    public static final String MONTH = "month";
    public static final String VISIT = "visit";
    public static final String COURSE = "course";

    public static final List<String> UNITS = List.of(HOUR, DAY, WEEK, MONTH, VISIT, COURSE);
}
