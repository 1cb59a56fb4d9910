package dk.tvaers.insight.figures.calculation;

import dk.tvaers.insight.figures.api.FactSheet;
import dk.tvaers.insight.figures.api.Figure;
import dk.tvaers.insight.figures.api.Figure.Series;
import dk.tvaers.insight.figures.api.FigureRow;
import dk.tvaers.insight.figures.api.Period;
import dk.tvaers.insight.figures.api.Suppression;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static dk.tvaers.insight.figures.calculation.Numbers.count;
import static dk.tvaers.insight.figures.calculation.Numbers.percent;
import static dk.tvaers.insight.figures.calculation.Numbers.ratio;

/** The human gains: follow-ups against the plans' frequency, sub-goals reached, progression, the citizens' rating, coordination. */
public final class HumanGains {

    private static final String SUPPRESSION_NOTE = "Tal bag færre end 5 borgere vises ikke (diskretioneret).";

    private HumanGains() {
    }

    /**
     * Follow-ups held per citizen with a plan against what the plans' frequency asks for. A citizen counts in a
     * period from the day their plan started; a running period counts up to today.
     */
    public static Figure followUps(FactSheet sheet, List<Period> periods, LocalDate today) {
        List<FigureRow> rows = new ArrayList<>();
        for (Period period : periods) {
            List<FactSheet.Plan> plans = Plans.activeIn(sheet, period, today);
            BigDecimal expected = plans.stream().map(plan -> Plans.expectedFollowUps(plan, period, today))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            long held = sheet.followUps().stream().filter(f -> period.contains(f.heldOn())).count();
            long overdue = sheet.overdue().stream().filter(period::contains).count();
            long citizens = plans.size();
            rows.add(Suppression.row(period.label(), null, null, citizens)
                    .citizens("held", count(held))
                    .citizens("heldPerCitizen", ratio(held, citizens, 2))
                    .citizens("expectedPerCitizen", ratio(expected, count(citizens), 2))
                    .citizens("shareOfExpected", percent(count(held), expected))
                    .citizens("overdue", count(overdue))
                    .build());
        }
        return new Figure("follow-ups", "Opfølgning pr. borger",
                "Opfølgninger holdt pr. borger med en plan, mod det antal planens opfølgningsfrekvens kræver "
                        + "(kvartalsvis: 4 om året; loven kræver mindst 1).",
                List.of(new Series("held", "Opfølgninger holdt", "antal"),
                        new Series("heldPerCitizen", "Opfølgninger pr. borger", "antal"),
                        new Series("expectedPerCitizen", "Planlagt pr. borger", "antal"),
                        new Series("shareOfExpected", "Holdt af planlagt", "%"),
                        new Series("overdue", "Overskredne opfølgninger", "antal")),
                rows, List.of("En borger tæller fra den dag planen blev oprettet. Et år regnes som 365 dage; "
                        + "et igangværende år tæller til i dag.", SUPPRESSION_NOTE));
    }

    /** Sub-goals set, reached and dropped, and the share of the concluded ones that were reached. */
    public static Figure subGoals(FactSheet sheet, List<Period> periods) {
        List<FigureRow> rows = new ArrayList<>();
        for (Period period : periods) {
            List<FactSheet.SubGoal> set = sheet.subGoals().stream().filter(g -> period.contains(g.setOn())).toList();
            List<FactSheet.SubGoal> concluded = sheet.subGoals().stream()
                    .filter(g -> g.outcome() != null && period.contains(g.concludedOn())).toList();
            long achieved = concluded.stream().filter(g -> "achieved".equals(g.outcome())).count();
            long dropped = concluded.size() - achieved;
            long citizens = distinct(set.stream().map(FactSheet.SubGoal::citizen).toList(),
                    concluded.stream().map(FactSheet.SubGoal::citizen).toList());
            rows.add(Suppression.row(period.label(), null, null, citizens)
                    .citizens("set", count(set.size()))
                    .citizens("achieved", count(achieved))
                    .citizens("dropped", count(dropped))
                    .citizens("shareAchieved", percent(achieved, achieved + dropped))
                    .build());
        }
        return new Figure("sub-goals", "Delmål nået",
                "Delmål sat med borgerne, nået og opgivet i perioden, og andelen af de afsluttede delmål der blev nået.",
                List.of(new Series("set", "Delmål sat", "antal"),
                        new Series("achieved", "Delmål nået", "antal"),
                        new Series("dropped", "Delmål opgivet", "antal"),
                        new Series("shareAchieved", "Andel nået af afsluttede", "%")),
                rows, List.of("Andelen regnes af de delmål der blev afsluttet i perioden (nået eller opgivet).",
                        SUPPRESSION_NOTE));
    }

    /** Readings at follow-ups against the reading before them, on each sub-goal's own measure. */
    public static Figure progression(FactSheet sheet, List<Period> periods) {
        List<FigureRow> rows = new ArrayList<>();
        for (Period period : periods) {
            List<FactSheet.Trend> compared = sheet.trends().stream()
                    .filter(t -> period.contains(t.heldOn()) && !"first".equals(t.trend())).toList();
            long improved = compared.stream().filter(t -> "improved".equals(t.trend())).count();
            long unchanged = compared.stream().filter(t -> "unchanged".equals(t.trend())).count();
            long worsened = compared.stream().filter(t -> "worsened".equals(t.trend())).count();
            long citizens = compared.stream().map(FactSheet.Trend::citizen).distinct().count();
            rows.add(Suppression.row(period.label(), null, null, citizens)
                    .citizens("improved", count(improved))
                    .citizens("unchanged", count(unchanged))
                    .citizens("worsened", count(worsened))
                    .citizens("shareImproved", percent(improved, compared.size()))
                    .build());
        }
        return new Figure("progression", "Progression",
                "Målinger på delmål ved opfølgning, sammenlignet med målingen før (eller udgangspunktet) i målets "
                        + "egen retning: bedre, uændret eller værre.",
                List.of(new Series("improved", "Bedre", "antal"),
                        new Series("unchanged", "Uændret", "antal"),
                        new Series("worsened", "Værre", "antal"),
                        new Series("shareImproved", "Andel bedre", "%")),
                rows, List.of("Første måling af et delmål uden udgangspunkt tæller ikke med.", SUPPRESSION_NOTE));
    }

    /** The citizens' own rating of the help (1–5) at follow-ups. */
    public static Figure ratings(FactSheet sheet, List<Period> periods) {
        List<FigureRow> rows = new ArrayList<>();
        for (Period period : periods) {
            List<FactSheet.FollowUp> rated = sheet.followUps().stream()
                    .filter(f -> f.rating() != null && period.contains(f.heldOn())).toList();
            long sum = rated.stream().mapToLong(FactSheet.FollowUp::rating).sum();
            long satisfied = rated.stream().filter(f -> f.rating() >= 4).count();
            long citizens = rated.stream().map(FactSheet.FollowUp::citizen).distinct().count();
            rows.add(Suppression.row(period.label(), null, null, citizens)
                    .citizens("ratings", count(rated.size()))
                    .citizens("averageRating", ratio(sum, rated.size(), 2))
                    .citizens("shareSatisfied", percent(satisfied, rated.size()))
                    .build());
        }
        return new Figure("ratings", "Borgernes vurdering af hjælpen",
                "Borgerens egen vurdering af hjælpen ved opfølgning, fra 1 (dårlig) til 5 (rigtig god).",
                List.of(new Series("ratings", "Vurderinger", "antal"),
                        new Series("averageRating", "Gennemsnitlig vurdering", "1-5"),
                        new Series("shareSatisfied", "Andel 4 eller 5", "%")),
                rows, List.of(SUPPRESSION_NOTE));
    }

    /** Citizens with a plan who have a coordinating caseworker, and the coordination meetings held. */
    public static Figure coordination(FactSheet sheet, List<Period> periods, LocalDate today) {
        List<FigureRow> rows = new ArrayList<>();
        for (Period period : periods) {
            LocalDate asOf = period.asOf(today);
            List<FactSheet.Plan> plans = Plans.activeIn(sheet, period, today);
            long coordinated = plans.stream().filter(plan -> coordinatedOn(sheet, plan.citizen(), asOf)).count();
            long meetings = sheet.meetings().stream().filter(m -> !m.cancelled() && period.contains(m.meetsOn()))
                    .count();
            long citizens = plans.size();
            rows.add(Suppression.row(period.label(), null, null, citizens)
                    .citizens("withCoordinator", count(coordinated))
                    .citizens("shareWithCoordinator", percent(coordinated, citizens))
                    .citizens("meetings", count(meetings))
                    .citizens("meetingsPerCitizen", ratio(meetings, citizens, 2))
                    .build());
        }
        return new Figure("coordination", "Én plan, én koordinator",
                "Borgere med en plan der har en koordinerende sagsbehandler ved periodens slutning, og tværfaglige "
                        + "møder holdt i perioden.",
                List.of(new Series("withCoordinator", "Med koordinator", "antal"),
                        new Series("shareWithCoordinator", "Andel med koordinator", "%"),
                        new Series("meetings", "Tværfaglige møder", "antal"),
                        new Series("meetingsPerCitizen", "Møder pr. borger", "antal")),
                rows, List.of(SUPPRESSION_NOTE));
    }

    static boolean coordinatedOn(FactSheet sheet, UUID citizen, LocalDate day) {
        return sheet.coordinators().stream()
                .filter(c -> c.citizen().equals(citizen) && !c.changedOn().isAfter(day))
                .max(Comparator.comparing(FactSheet.CoordinatorChange::changedOn)
                        .thenComparingLong(FactSheet.CoordinatorChange::sequence))
                .map(FactSheet.CoordinatorChange::coordinated).orElse(false);
    }

    @SafeVarargs
    private static long distinct(List<UUID>... citizens) {
        Set<UUID> all = Arrays.stream(citizens).flatMap(List::stream).collect(Collectors.toSet());
        return all.size();
    }
}
