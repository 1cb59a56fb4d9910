package dk.tvaers.insight.figures.calculation;

import dk.tvaers.insight.figures.api.FactSheet;
import dk.tvaers.insight.figures.api.Figure;
import dk.tvaers.insight.figures.api.Figure.Series;
import dk.tvaers.insight.figures.api.FigureRow;
import dk.tvaers.insight.figures.api.Suppression;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static dk.tvaers.insight.figures.calculation.Numbers.count;
import static dk.tvaers.insight.figures.calculation.Numbers.percent;
import static dk.tvaers.insight.figures.calculation.Numbers.ratio;

/**
 * Two cohorts compared on the human gains: the citizens whose plan started before a change (more caseworkers,
 * a new offer, quarterly follow-up) and those whose plan started on or after it, each over the whole time
 * since their plans started.
 */
public final class Cohorts {

    private Cohorts() {
    }

    public static Figure compare(FactSheet sheet, LocalDate changeOn, LocalDate today) {
        List<FigureRow> rows = new ArrayList<>();
        rows.add(cohort(sheet, "before", "Plan startet før " + changeOn,
                sheet.plans().stream().filter(p -> p.startedOn().isBefore(changeOn)).toList(), today));
        rows.add(cohort(sheet, "after", "Plan startet fra " + changeOn,
                sheet.plans().stream().filter(p -> !p.startedOn().isBefore(changeOn)
                        && !p.startedOn().isAfter(today)).toList(), today));
        return new Figure("cohorts", "Før og efter ændringen",
                "Borgere hvis plan startede før " + changeOn + " mod borgere hvis plan startede fra den dag, hver "
                        + "gruppe over hele tiden siden planerne startede.",
                List.of(new Series("citizenYears", "Borgerår med plan", "år"),
                        new Series("followUpsPerCitizenYear", "Opfølgninger pr. borger pr. år", "antal"),
                        new Series("expectedPerCitizenYear", "Planlagt pr. borger pr. år", "antal"),
                        new Series("shareAchieved", "Andel delmål nået af afsluttede", "%"),
                        new Series("shareImproved", "Andel målinger bedre", "%"),
                        new Series("averageRating", "Gennemsnitlig vurdering", "1-5")),
                rows, List.of("Et borgerår er et år med en plan; en borger tæller fra planens første dag til i dag.",
                        "Hver gruppe vises kun med mindst 5 borgere."));
    }

    private static FigureRow cohort(FactSheet sheet, String code, String label, List<FactSheet.Plan> plans,
                                    LocalDate today) {
        Set<UUID> citizens = plans.stream().map(FactSheet.Plan::citizen).collect(Collectors.toSet());
        long days = plans.stream().mapToLong(p -> Plans.activeDays(p, p.startedOn(), today)).sum();
        BigDecimal citizenYears = Numbers.years(days);
        BigDecimal expected = plans.stream().map(p -> Plans.expectedFollowUps(p, p.startedOn(), today))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        long held = sheet.followUps().stream()
                .filter(f -> citizens.contains(f.citizen()) && !f.heldOn().isAfter(today)).count();
        List<FactSheet.SubGoal> concluded = sheet.subGoals().stream()
                .filter(g -> citizens.contains(g.citizen()) && g.outcome() != null).toList();
        long achieved = concluded.stream().filter(g -> "achieved".equals(g.outcome())).count();
        List<FactSheet.Trend> compared = sheet.trends().stream()
                .filter(t -> citizens.contains(t.citizen()) && !"first".equals(t.trend())).toList();
        long improved = compared.stream().filter(t -> "improved".equals(t.trend())).count();
        List<FactSheet.FollowUp> rated = sheet.followUps().stream()
                .filter(f -> citizens.contains(f.citizen()) && f.rating() != null).toList();
        long ratingSum = rated.stream().mapToLong(FactSheet.FollowUp::rating).sum();
        return Suppression.row("hele perioden", code, label, citizens.size())
                .citizens("citizenYears", Numbers.round(citizenYears, 2))
                .citizens("followUpsPerCitizenYear", ratio(count(held), citizenYears, 2))
                .citizens("expectedPerCitizenYear", ratio(expected, citizenYears, 2))
                .citizens("shareAchieved", percent(achieved, concluded.size()))
                .citizens("shareImproved", percent(improved, compared.size()))
                .citizens("averageRating", ratio(ratingSum, rated.size(), 2))
                .build();
    }
}
