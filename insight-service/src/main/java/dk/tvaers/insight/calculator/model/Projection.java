package dk.tvaers.insight.calculator.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * The investment projected year by year, in whole kroner.
 *
 * @param inputs                 every number the projection used, with its source
 * @param years                  a row per year
 * @param totalCosts             the investment's costs over the horizon, not discounted
 * @param totalSavings           the savings over the horizon, not discounted
 * @param totalNet               savings less costs, not discounted
 * @param netPresentValue        the net result over the horizon, discounted to the first year (nutidsværdi)
 * @param breakEvenYear          the first year the discounted net adds up to zero or more; {@code null} if not
 *                               within the horizon
 * @param caseloadBefore         open cases per caseworker today, if the platform knows
 * @param caseloadAfter          the same cases spread over the caseworkers and those added
 */
public record Projection(List<Input> inputs, List<Year> years, BigDecimal totalCosts, BigDecimal totalSavings,
                         BigDecimal totalNet, BigDecimal netPresentValue, Integer breakEvenYear,
                         BigDecimal caseloadBefore, BigDecimal caseloadAfter) {

    /**
     * An input of the projection.
     *
     * @param source {@code antagelse} (entered), {@code platform} (from the platform's figures) or {@code mangler}
     *               (neither: counted as 0)
     * @param basis  for a platform number, what it is computed from
     */
    public record Input(String key, String label, BigDecimal value, String unit, String source, String basis) {
    }

    /**
     * One year.
     *
     * @param rampUp                 the share of the full effect in force this year
     * @param discountFactor         {@code 1 / (1 + r)^(t-1)} for the year's number {@code t}
     * @param presentNet             the net discounted to the first year
     * @param cumulativePresentNet   the discounted net of this year and those before it
     */
    public record Year(int year, BigDecimal rampUp, BigDecimal costs, BigDecimal housingSavings,
                       BigDecimal benefitSavings, BigDecimal placementSavings, BigDecimal savings, BigDecimal net,
                       BigDecimal discountFactor, BigDecimal presentNet, BigDecimal cumulativePresentNet) {
    }
}
