package dk.tvaers.insight.figures.calculation;

import dk.tvaers.insight.figures.api.FactSheet;
import dk.tvaers.insight.figures.api.Figure;
import dk.tvaers.insight.figures.api.Figure.Series;
import dk.tvaers.insight.figures.api.FigureRow;
import dk.tvaers.insight.figures.api.Period;
import dk.tvaers.insight.figures.api.Suppression;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static dk.tvaers.insight.figures.calculation.Numbers.count;
import static dk.tvaers.insight.figures.calculation.Numbers.round;

/**
 * Citizens on public benefits (offentlig forsørgelse), from the jobcenter's own system: how many receive one at
 * the period's end, how many left benefits in the period, and the benefit-years paid.
 */
public final class Benefits {

    private Benefits() {
    }

    /** What one citizen's benefits did in a period. */
    record Course(boolean onAtSomePoint, boolean onAtEnd, boolean left, long daysOn) {
    }

    public static Figure figure(FactSheet sheet, List<Period> periods, LocalDate today) {
        List<FigureRow> rows = new ArrayList<>();
        for (Period period : periods) {
            List<Course> courses = courses(sheet, period, today).stream().filter(Course::onAtSomePoint).toList();
            long days = courses.stream().mapToLong(Course::daysOn).sum();
            rows.add(Suppression.row(period.label(), null, null, courses.size())
                    .citizens("onBenefitAtEnd", count(courses.stream().filter(Course::onAtEnd).count()))
                    .citizens("leftBenefits", count(courses.stream().filter(Course::left).count()))
                    .citizens("benefitYears", round(Numbers.years(days), 2))
                    .build());
        }
        return new Figure("benefits", "Offentlig forsørgelse",
                "Borgere på offentlig forsørgelse (fx kontanthjælp) ved periodens slutning, borgere der forlod "
                        + "forsørgelse i perioden, og forsørgelsesår, efter jobcentrets eget system.",
                List.of(new Series("onBenefitAtEnd", "På forsørgelse ved periodens slutning", "borgere"),
                        new Series("leftBenefits", "Forlod forsørgelse", "borgere"),
                        new Series("benefitYears", "Forsørgelsesår", "år")),
                rows, List.of("Et skift fra én ydelse til en anden er ikke at forlade forsørgelse. Et år regnes som "
                        + "365 dage; en igangværende periode tæller til i dag.",
                        "Tal bag færre end 5 borgere vises ikke (diskretioneret)."));
    }

    static List<Course> courses(FactSheet sheet, Period period, LocalDate today) {
        LocalDate end = period.asOf(today);
        Map<UUID, List<FactSheet.BenefitChange>> byCitizen = sheet.benefits().stream()
                .sorted(Comparator.comparing(FactSheet.BenefitChange::from)
                        .thenComparingLong(FactSheet.BenefitChange::sequence))
                .collect(Collectors.groupingBy(FactSheet.BenefitChange::citizen));
        List<Course> courses = new ArrayList<>();
        byCitizen.values().forEach(changes -> {
            boolean on = false;
            boolean onAtSomePoint = false;
            boolean left = false;
            long daysOn = 0;
            LocalDate since = null;
            for (FactSheet.BenefitChange change : changes) {
                if (change.from().isAfter(end)) {
                    break;
                }
                if (on) {
                    daysOn += period.overlapDays(since, change.from().minusDays(1));
                    onAtSomePoint |= period.overlapDays(since, change.from().minusDays(1)) > 0;
                }
                boolean next = change.benefit() != null;
                if (on && !next && period.contains(change.from())) {
                    left = true;
                }
                on = next;
                since = change.from();
            }
            if (on) {
                long days = new Period("", period.start(), end).overlapDays(since, null);
                daysOn += days;
                onAtSomePoint |= days > 0;
            }
            courses.add(new Course(onAtSomePoint || left, on, left, daysOn));
        });
        return courses;
    }
}
