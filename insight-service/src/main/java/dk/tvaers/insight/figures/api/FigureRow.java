package dk.tvaers.insight.figures.api;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One row of a figure.
 *
 * @param period           the period's label, e.g. {@code 2026} or {@code 2026 K2}
 * @param group            the group's code (a sector, a team, a cohort), or {@code null} for the whole
 *                         organisation
 * @param groupLabel       the group's name in Danish, or {@code null}
 * @param citizens         how many citizens the row is computed from; {@code null} when the row concerns no
 *                         citizens (caseloads) or when that number is itself suppressed
 * @param values           the values by series key; {@code null} where suppressed or not defined (nothing to
 *                         divide by)
 * @param suppressedValues the keys of the values withheld because fewer than five citizens are behind them
 */
public record FigureRow(String period, String group, String groupLabel, Integer citizens,
                        Map<String, BigDecimal> values, Set<String> suppressedValues) {

    public FigureRow {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        suppressedValues = Collections.unmodifiableSet(new LinkedHashSet<>(suppressedValues));
    }

    /** Whether anything in the row is withheld. */
    public boolean suppressed() {
        return !suppressedValues.isEmpty();
    }

    public BigDecimal value(String key) {
        return values.get(key);
    }
}
