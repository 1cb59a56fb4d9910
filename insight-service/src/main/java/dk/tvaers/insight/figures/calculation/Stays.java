package dk.tvaers.insight.figures.calculation;

import dk.tvaers.insight.figures.api.FactSheet;
import dk.tvaers.insight.figures.api.Period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Stays in housing or placements: a citizen's grants of one kind that follow on from each other (the next
 * begins at the latest the day after the last ends) are one stay, however often it was granted anew.
 */
final class Stays {

    record Stay(UUID citizen, LocalDate start, LocalDate end) {

        long days() {
            return end.toEpochDay() - start.toEpochDay() + 1;
        }

        boolean endedBefore(LocalDate today) {
            return end.isBefore(today);
        }
    }

    /** Which grants make a stay of each kind. */
    enum Kind {
        TEMPORARY("temporary", "Midlertidigt botilbud (§107)", g -> "temporary".equals(g.housing())),
        LONG_TERM("long-term", "Længerevarende botilbud (§108)", g -> "long-term".equals(g.housing())),
        EXTERNAL("external", "Eksterne anbringelser", FactSheet.Grant::externalPlacement);

        final String code;
        final String label;
        final Predicate<FactSheet.Grant> grants;

        Kind(String code, String label, Predicate<FactSheet.Grant> grants) {
            this.code = code;
            this.label = label;
            this.grants = grants;
        }
    }

    private Stays() {
    }

    static List<FactSheet.Grant> grants(FactSheet sheet, Kind kind) {
        return sheet.grants().stream().filter(g -> g.from() != null && g.lastDay() != null)
                .filter(kind.grants).toList();
    }

    static List<Stay> of(List<FactSheet.Grant> grants) {
        Map<UUID, List<FactSheet.Grant>> byCitizen = grants.stream()
                .collect(Collectors.groupingBy(FactSheet.Grant::citizen));
        List<Stay> stays = new ArrayList<>();
        byCitizen.forEach((citizen, theirs) -> {
            List<FactSheet.Grant> sorted = theirs.stream().sorted(Comparator.comparing(FactSheet.Grant::from)).toList();
            LocalDate start = null;
            LocalDate end = null;
            for (FactSheet.Grant grant : sorted) {
                if (start != null && grant.from().isAfter(end.plusDays(1))) {
                    stays.add(new Stay(citizen, start, end));
                    start = null;
                }
                if (start == null) {
                    start = grant.from();
                    end = grant.lastDay();
                } else if (grant.lastDay().isAfter(end)) {
                    end = grant.lastDay();
                }
            }
            if (start != null) {
                stays.add(new Stay(citizen, start, end));
            }
        });
        stays.sort(Comparator.comparing(Stay::start).thenComparing(Stay::citizen));
        return stays;
    }

    static long overlapDays(Stay stay, Period period) {
        return period.overlapDays(stay.start(), stay.end());
    }
}
