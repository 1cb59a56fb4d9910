package dk.tvaers.plan.plan.api;

import java.math.BigDecimal;

/**
 * How progress on a sub-goal is measured: the kind, where the citizen starts ({@code baseline}, optional),
 * where they want to get ({@code target}) and, for a figure, its unit and direction: "8 beers a day instead
 * of 12" is {@code FIGURE, baseline 12, target 8, unit "øl om dagen", LOWER_IS_BETTER}.
 */
public record Measurement(MeasurementKind kind, BigDecimal baseline, BigDecimal target, String unit,
                          Direction direction) {

    /** The direction that counts: the kind's own for scales and levels, the stated one for a figure. */
    public Direction effectiveDirection() {
        return kind.fixedDirection() != null ? kind.fixedDirection() : direction;
    }
}
