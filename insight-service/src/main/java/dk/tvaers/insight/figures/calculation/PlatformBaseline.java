package dk.tvaers.insight.figures.calculation;

import dk.tvaers.insight.figures.api.Baseline;
import dk.tvaers.insight.figures.api.FactSheet;
import dk.tvaers.insight.figures.api.Figure;
import dk.tvaers.insight.figures.api.FigureRow;
import dk.tvaers.insight.figures.api.Period;
import dk.tvaers.insight.figures.api.Suppression;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static dk.tvaers.insight.figures.calculation.Numbers.count;

/**
 * The investment calculator's baseline from the platform's own events: stays in temporary housing and what a
 * place costs, what an external placement costs, and today's caseloads. A number behind fewer than five
 * citizens is not given: the municipality must enter it.
 */
public final class PlatformBaseline {

    public static final String NEW_TEMPORARY_STAYS = "newTemporaryStaysPerYear";
    public static final String YEARS_IN_TEMPORARY_HOUSING = "yearsInTemporaryHousingBefore";
    public static final String COST_PER_TEMPORARY_PLACE = "yearlyCostPerTemporaryPlace";
    public static final String COST_PER_EXTERNAL_PLACEMENT = "yearlyCostPerExternalPlacement";
    public static final String ON_BENEFITS = "citizensOnBenefits";
    public static final String LEAVING_BENEFITS = "citizensLeavingBenefits";
    public static final String CASEWORKERS = "caseworkers";
    public static final String CASES = "cases";

    private PlatformBaseline() {
    }

    public static Baseline of(FactSheet sheet, int year, LocalDate today) {
        Period period = Period.of(Period.Length.YEAR, year, year).get(0);
        List<Baseline.Number> numbers = new ArrayList<>();

        List<Stays.Stay> temporary = Stays.of(Stays.grants(sheet, Stays.Kind.TEMPORARY));
        List<Stays.Stay> begun = temporary.stream().filter(s -> period.contains(s.start())).toList();
        numbers.add(number(NEW_TEMPORARY_STAYS, "Nye ophold i midlertidigt botilbud (§107) om året", count(begun.size()),
                "borgere", citizens(begun), "§107-ophold begyndt i " + year));

        List<Stays.Stay> ended = temporary.stream().filter(s -> !s.end().isAfter(period.end()) && s.endedBefore(today))
                .toList();
        long endedDays = ended.stream().mapToLong(Stays.Stay::days).sum();
        numbers.add(number(YEARS_IN_TEMPORARY_HOUSING, "Gennemsnitlig opholdstid i midlertidigt botilbud nu",
                ended.isEmpty() ? null : Numbers.round(Numbers.years(endedDays).divide(count(ended.size()),
                        Numbers.PRECISE), 2), "år", citizens(ended),
                "afsluttede §107-ophold til og med " + year));

        numbers.add(costPerPlace(sheet, period, Stays.Kind.TEMPORARY, COST_PER_TEMPORARY_PLACE,
                "Udgift pr. plads i midlertidigt botilbud om året"));
        numbers.add(costPerPlace(sheet, period, Stays.Kind.EXTERNAL, COST_PER_EXTERNAL_PLACEMENT,
                "Udgift pr. ekstern anbringelse om året"));

        List<Benefits.Course> courses = Benefits.courses(sheet, period, today).stream()
                .filter(Benefits.Course::onAtSomePoint).toList();
        numbers.add(number(ON_BENEFITS, "Borgere på offentlig forsørgelse ved årets slutning",
                count(courses.stream().filter(Benefits.Course::onAtEnd).count()), "borgere", courses.size(),
                "jobcentrets ydelser " + year));
        numbers.add(number(LEAVING_BENEFITS, "Borgere der forlod offentlig forsørgelse i året",
                count(courses.stream().filter(Benefits.Course::left).count()), "borgere", courses.size(),
                "jobcentrets ydelser " + year));

        Figure caseloads = WorkEnvironment.caseloads(sheet, List.of(new Period("nu", today, today)), today);
        FigureRow all = caseloads.rows().get(caseloads.rows().size() - 1);
        BigDecimal caseworkers = all.value("caseworkers");
        BigDecimal average = all.value("averageCaseload");
        numbers.add(new Baseline.Number(CASEWORKERS, "Sagsbehandlere i teams i dag", caseworkers, "sagsbehandlere",
                Baseline.PLATFORM, "sagstal pr. " + today));
        numbers.add(new Baseline.Number(CASES, "Åbne sager pr. sagsbehandler i dag", average, "sager",
                average == null ? Baseline.MISSING : Baseline.PLATFORM, "sagstal pr. " + today));
        return new Baseline(year, numbers);
    }

    private static Baseline.Number costPerPlace(FactSheet sheet, Period period, Stays.Kind kind, String key,
                                                String label) {
        List<FactSheet.Grant> grants = Stays.grants(sheet, kind);
        List<Stays.Stay> stays = Stays.of(grants).stream().filter(s -> Stays.overlapDays(s, period) > 0).toList();
        long placeDays = stays.stream().mapToLong(s -> Stays.overlapDays(s, period)).sum();
        BigDecimal cost = grants.stream().map(g -> GrantCosting.of(g, period, sheet).amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal perPlace = placeDays == 0 ? null
                : Numbers.round(cost.divide(Numbers.years(placeDays), Numbers.PRECISE), 0);
        return number(key, label, perPlace, "kr.", citizens(stays),
                kind.label + " " + period.label() + ": udgift efter basistakst delt med pladsår");
    }

    private static Baseline.Number number(String key, String label, BigDecimal value, String unit, long citizens,
                                          String basis) {
        if (value == null || !Suppression.allows(citizens)) {
            return new Baseline.Number(key, label, null, unit, Baseline.MISSING,
                    basis + ": færre end " + Suppression.MIN_CITIZENS + " borgere, indtast selv");
        }
        return new Baseline.Number(key, label, value, unit, Baseline.PLATFORM, basis + " (" + citizens + " borgere)");
    }

    private static long citizens(List<Stays.Stay> stays) {
        return stays.stream().map(Stays.Stay::citizen).distinct().count();
    }
}
