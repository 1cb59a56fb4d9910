package dk.tvaers.plan.followup.api;

import dk.tvaers.plan.plan.api.Direction;

import java.math.BigDecimal;
import java.util.Locale;

/** A reading against the one before it (progression): better, the same, worse, or nothing to compare with. */
public enum Trend {
    IMPROVED,
    UNCHANGED,
    WORSENED,
    /** The first reading of a sub-goal without a baseline. */
    FIRST;

    /** {@code reading} against {@code before} (may be {@code null}) on a measure that improves in {@code direction}. */
    public static Trend of(BigDecimal before, BigDecimal reading, Direction direction) {
        if (before == null || direction == null) {
            return FIRST;
        }
        int comparison = reading.compareTo(before);
        if (comparison == 0) {
            return UNCHANGED;
        }
        boolean higher = comparison > 0;
        return higher == (direction == Direction.HIGHER_IS_BETTER) ? IMPROVED : WORSENED;
    }

    /** The code integration events use, e.g. {@code improved}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
