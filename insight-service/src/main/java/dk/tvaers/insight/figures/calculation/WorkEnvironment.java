package dk.tvaers.insight.figures.calculation;

import dk.tvaers.insight.figures.api.FactSheet;
import dk.tvaers.insight.figures.api.Figure;
import dk.tvaers.insight.figures.api.Figure.Series;
import dk.tvaers.insight.figures.api.FigureRow;
import dk.tvaers.insight.figures.api.Period;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dk.tvaers.insight.figures.calculation.Numbers.count;
import static dk.tvaers.insight.figures.calculation.Numbers.percent;
import static dk.tvaers.insight.figures.calculation.Numbers.ratio;

/** The work environment: caseloads per caseworker, by team, against the recommended caseload, over time. */
public final class WorkEnvironment {

    private WorkEnvironment() {
    }

    /**
     * Each team's caseworkers at the end of each period (today for a running one): their average caseload, the
     * team's recommended caseload, how many are above it, and the average as a share of the recommendation;
     * then the same for all teams together. No caseworker is named.
     */
    public static Figure caseloads(FactSheet sheet, List<Period> periods, LocalDate today) {
        Map<String, FactSheet.Team> teams = sheet.teams().stream()
                .collect(Collectors.toMap(FactSheet.Team::teamId, Function.identity()));
        List<FigureRow> rows = new ArrayList<>();
        for (Period period : periods) {
            LocalDate asOf = period.asOf(today);
            Map<String, FactSheet.Caseload> latest = new LinkedHashMap<>();
            sheet.caseloads().stream().filter(c -> !c.changedOn().isAfter(asOf))
                    .sorted(Comparator.comparing(FactSheet.Caseload::changedOn)
                            .thenComparingLong(FactSheet.Caseload::sequence))
                    .forEach(c -> latest.put(c.caseworkerId(), c));
            Map<String, List<FactSheet.Caseload>> byTeam = new TreeMap<>(latest.values().stream()
                    .filter(c -> c.teamId() != null).collect(Collectors.groupingBy(FactSheet.Caseload::teamId)));
            long allCases = 0;
            long allRecommended = 0;
            long allAbove = 0;
            long allCaseworkers = 0;
            for (Map.Entry<String, List<FactSheet.Caseload>> team : byTeam.entrySet()) {
                FactSheet.Team known = teams.get(team.getKey());
                List<FactSheet.Caseload> members = team.getValue();
                long cases = members.stream().mapToLong(FactSheet.Caseload::caseload).sum();
                long recommended = members.stream().mapToLong(c -> recommendation(c, known)).sum();
                long above = members.stream().filter(c -> c.caseload() > recommendation(c, known)).count();
                allCases += cases;
                allRecommended += recommended;
                allAbove += above;
                allCaseworkers += members.size();
                rows.add(row(period, team.getKey(), known == null ? team.getKey() : known.name(), members.size(), cases,
                        recommended, above));
            }
            rows.add(row(period, null, null, allCaseworkers, allCases, allRecommended, allAbove));
        }
        return new Figure("caseloads", "Sagstal pr. sagsbehandler",
                "Gennemsnitligt antal åbne sager pr. sagsbehandler i hvert team ved periodens slutning, mod teamets "
                        + "vejledende sagstal.",
                List.of(new Series("caseworkers", "Sagsbehandlere", "antal"),
                        new Series("averageCaseload", "Gennemsnitligt sagstal", "sager"),
                        new Series("recommendedCaseload", "Vejledende sagstal", "sager"),
                        new Series("aboveRecommendation", "Over det vejledende sagstal", "antal"),
                        new Series("loadOfRecommendation", "Sagstal i procent af det vejledende", "%")),
                rows, List.of("Sagstal handler om medarbejdere, ikke borgere; ingen sagsbehandler nævnes. "
                        + "Rækken uden team er alle teams tilsammen; dens vejledende sagstal er gennemsnittet af "
                        + "sagsbehandlernes.", "Holstebro gik fra 120 til 70 sager pr. socialrådgiver; DS' "
                        + "vejledende sagstal ligger typisk mellem 25 og 50."));
    }

    private static int recommendation(FactSheet.Caseload caseload, FactSheet.Team team) {
        if (caseload.recommendedCaseload() != null) {
            return caseload.recommendedCaseload();
        }
        return team == null ? 0 : team.recommendedCaseload();
    }

    private static FigureRow row(Period period, String team, String label, long caseworkers, long cases,
                                 long recommended, long above) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("caseworkers", count(caseworkers));
        values.put("averageCaseload", ratio(cases, caseworkers, 1));
        values.put("recommendedCaseload", ratio(recommended, caseworkers, 1));
        values.put("aboveRecommendation", count(above));
        values.put("loadOfRecommendation", percent(cases, recommended));
        return new FigureRow(period.label(), team, label, null, values, Set.of());
    }
}
