package dk.tvaers.plan.plan.api;

import java.math.BigDecimal;

/** How progress on a sub-goal is measured. */
public enum MeasurementKind {
    /** The citizen's own rating on a scale from 1 to 10; higher is better. */
    SCALE_1_TO_10(BigDecimal.ONE, BigDecimal.TEN, true, Direction.HIGHER_IS_BETTER),
    /** VUM's functioning level from 0 (no limitation) to 4 (complete limitation); lower is better. */
    FUNCTIONING_LEVEL(BigDecimal.ZERO, BigDecimal.valueOf(4), true, Direction.LOWER_IS_BETTER),
    /** A concrete figure with a unit, e.g. 12 beers a day towards 8; the direction says which way is better. */
    FIGURE(BigDecimal.ZERO, null, false, null);

    private final BigDecimal min;
    private final BigDecimal max;
    private final boolean wholeNumbers;
    private final Direction fixedDirection;

    MeasurementKind(BigDecimal min, BigDecimal max, boolean wholeNumbers, Direction fixedDirection) {
        this.min = min;
        this.max = max;
        this.wholeNumbers = wholeNumbers;
        this.fixedDirection = fixedDirection;
    }

    /** Is {@code value} a possible reading of this kind? */
    public boolean accepts(BigDecimal value) {
        if (value == null || value.compareTo(min) < 0 || (max != null && value.compareTo(max) > 0)) {
            return false;
        }
        return !wholeNumbers || value.stripTrailingZeros().scale() <= 0;
    }

    /** The direction the kind implies, or {@code null} if the measurement must say (a figure). */
    public Direction fixedDirection() {
        return fixedDirection;
    }

    public String range() {
        return max == null ? "a figure of at least " + min : "a whole number from " + min + " to " + max;
    }
}
