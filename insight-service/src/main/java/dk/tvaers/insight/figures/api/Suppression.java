package dk.tvaers.insight.figures.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rule that keeps every figure anonymous: a value computed from fewer than {@value #MIN_CITIZENS}
 * citizens is withheld (diskretionering), and the row says so; it is never shown as 0. Where a breakdown's
 * groups add up to a total shown elsewhere, a single withheld group could be worked out by subtraction, so
 * the smallest other group of that period is withheld too.
 */
public final class Suppression {

    public static final int MIN_CITIZENS = 5;

    private Suppression() {
    }

    /** Starts a row of {@code citizens} citizens in {@code period} (and {@code group}, or {@code null}). */
    public static RowBuilder row(String period, String group, String groupLabel, long citizens) {
        return new RowBuilder(period, group, groupLabel, citizens);
    }

    /**
     * Collects a row's values, each marked as about citizens (withheld with fewer than five behind it) or not
     * (a count of offers, a caseload).
     */
    public static final class RowBuilder {

        private final String period;
        private final String group;
        private final String groupLabel;
        private final long citizens;
        private final Map<String, BigDecimal> values = new LinkedHashMap<>();
        private final Map<String, Long> basis = new LinkedHashMap<>();

        private RowBuilder(String period, String group, String groupLabel, long citizens) {
            this.period = period;
            this.group = group;
            this.groupLabel = groupLabel;
            this.citizens = citizens;
        }

        /** A value computed from the row's citizens. */
        public RowBuilder citizens(String key, BigDecimal value) {
            return citizens(key, value, citizens);
        }

        /** A value computed from {@code behind} of the row's citizens (e.g. those whose stay ended). */
        public RowBuilder citizens(String key, BigDecimal value, long behind) {
            values.put(key, value);
            basis.put(key, Math.min(behind, citizens));
            return this;
        }

        /** A value about no citizen. */
        public RowBuilder plain(String key, BigDecimal value) {
            values.put(key, value);
            return this;
        }

        public FigureRow build() {
            Map<String, BigDecimal> shown = new LinkedHashMap<>(values);
            Set<String> withheld = new LinkedHashSet<>();
            basis.forEach((key, behind) -> {
                if (!allows(behind)) {
                    shown.put(key, null);
                    withheld.add(key);
                }
            });
            return new FigureRow(period, group, groupLabel, allows(citizens) ? Math.toIntExact(citizens) : null,
                    shown, withheld);
        }
    }

    /** Whether a figure from this many citizens may be shown. */
    public static boolean allows(long citizens) {
        return citizens >= MIN_CITIZENS;
    }

    /**
     * Withholds, in each period where exactly one group was withheld, the smallest other group too, so the
     * withheld group cannot be found from a total.
     */
    public static List<FigureRow> complement(List<FigureRow> rows) {
        Map<String, List<Integer>> byPeriod = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).group() != null) {
                byPeriod.computeIfAbsent(rows.get(i).period(), p -> new ArrayList<>()).add(i);
            }
        }
        List<FigureRow> result = new ArrayList<>(rows);
        Set<Integer> alsoWithheld = new HashSet<>();
        byPeriod.values().forEach(indexes -> {
            long withheld = indexes.stream().filter(i -> rows.get(i).suppressed()).count();
            if (withheld == 1) {
                indexes.stream().filter(i -> !rows.get(i).suppressed())
                        .min(Comparator.comparing(i -> rows.get(i).citizens() == null ? 0 : rows.get(i).citizens()))
                        .ifPresent(alsoWithheld::add);
            }
        });
        alsoWithheld.forEach(i -> result.set(i, withhold(rows.get(i), rows.get(i).values().keySet())));
        return result;
    }

    private static FigureRow withhold(FigureRow row, Set<String> keys) {
        Map<String, BigDecimal> values = new LinkedHashMap<>(row.values());
        Set<String> withheld = new LinkedHashSet<>();
        for (String key : keys) {
            values.put(key, null);
            withheld.add(key);
        }
        return new FigureRow(row.period(), row.group(), row.groupLabel(), null, values, withheld);
    }
}
