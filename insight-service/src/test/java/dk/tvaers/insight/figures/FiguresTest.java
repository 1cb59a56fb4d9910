package dk.tvaers.insight.figures;

import dk.tvaers.insight.facts.api.Housing;
import dk.tvaers.insight.figures.api.FactSheet;
import dk.tvaers.insight.figures.api.Figure;
import dk.tvaers.insight.figures.api.FigureRow;
import dk.tvaers.insight.figures.api.Period;
import dk.tvaers.insight.figures.api.Suppression;
import dk.tvaers.insight.figures.calculation.Benefits;
import dk.tvaers.insight.figures.calculation.Cohorts;
import dk.tvaers.insight.figures.calculation.Economy;
import dk.tvaers.insight.figures.calculation.GrantCosting;
import dk.tvaers.insight.figures.calculation.HumanGains;
import dk.tvaers.insight.figures.calculation.PlatformBaseline;
import dk.tvaers.insight.figures.calculation.WorkEnvironment;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Each calculation on a small sheet whose figures are worked out by hand in the test. */
class FiguresTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    static final List<Period> Y2025 = Period.of(Period.Length.YEAR, 2025, 2025);
    static final UUID OFFER = UUID.fromString("0a0b0c0d-0e0f-4a1b-8c2d-3e4f5a6b7c8d");

    static List<UUID> citizens(int n) {
        return IntStream.range(0, n).mapToObj(i -> UUID.nameUUIDFromBytes(("borger-" + i).getBytes())).toList();
    }

    static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void followUpsAreCountedAgainstWhatEachPlansFrequencyAsksForFromItsStart() {
        // Five plans: four quarterly all 2025 (4 each); one from 2025-07-01 (184 days) yearly: 184/365.
        // Expected 16 + 0.5041 = 16.5041, per citizen 3.3008 → 3.30; held 10 → 2.00 per citizen;
        // 10 / 16.5041 = 60.59 % → 60.6
        Sheets s = new Sheets();
        List<UUID> c = citizens(5);
        for (int i = 0; i < 4; i++) {
            s.plans.add(new FactSheet.Plan(c.get(i), d("2025-01-01"), List.of(new FactSheet.Frequency(d("2025-01-01"), 3))));
        }
        s.plans.add(new FactSheet.Plan(c.get(4), d("2025-07-01"), List.of(new FactSheet.Frequency(d("2025-07-01"), 12))));
        for (int i = 0; i < 10; i++) {
            s.followUps.add(new FactSheet.FollowUp(c.get(i % 5), d("2025-03-01").plusDays(i), null));
        }
        s.overdue.add(d("2025-10-01"));

        FigureRow row = HumanGains.followUps(s.sheet(), Y2025, TODAY).rows().get(0);

        assertThat(row.citizens()).isEqualTo(5);
        assertThat(row.values()).containsEntry("held", new BigDecimal("10"))
                .containsEntry("heldPerCitizen", new BigDecimal("2.00"))
                .containsEntry("expectedPerCitizen", new BigDecimal("3.30"))
                .containsEntry("shareOfExpected", new BigDecimal("60.6"))
                .containsEntry("overdue", new BigDecimal("1"));
    }

    @Test
    void aChangedFrequencyCountsFromTheDayItChanged() {
        // Quarterly 2025-01-01..06-30 (181 days: 181 × 4 / 365 = 1.9836), then yearly (184 days: 0.5041) = 2.4877
        Sheets s = new Sheets();
        for (UUID citizen : citizens(5)) {
            s.plans.add(new FactSheet.Plan(citizen, d("2025-01-01"), List.of(new FactSheet.Frequency(d("2025-01-01"), 3),
                    new FactSheet.Frequency(d("2025-07-01"), 12))));
        }

        FigureRow row = HumanGains.followUps(s.sheet(), Y2025, TODAY).rows().get(0);

        assertThat(row.value("expectedPerCitizen")).isEqualByComparingTo("2.49");
        assertThat(row.value("shareOfExpected")).isEqualByComparingTo("0.0");
    }

    @Test
    void aFigureFromFewerThanFiveCitizensIsWithheldNotZero() {
        Sheets s = new Sheets();
        for (UUID citizen : citizens(4)) {
            s.plans.add(new FactSheet.Plan(citizen, d("2025-01-01"), List.of(new FactSheet.Frequency(d("2025-01-01"), 3))));
            s.followUps.add(new FactSheet.FollowUp(citizen, d("2025-02-01"), 5));
        }

        Figure ratings = HumanGains.ratings(s.sheet(), Y2025);
        FigureRow row = ratings.rows().get(0);

        assertThat(row.citizens()).as("the number of citizens is withheld too").isNull();
        assertThat(row.values()).containsOnlyKeys("ratings", "averageRating", "shareSatisfied");
        assertThat(row.values().values()).containsOnlyNulls();
        assertThat(row.suppressedValues()).containsExactly("ratings", "averageRating", "shareSatisfied");
    }

    @Test
    void whenOneGroupIsWithheldTheSmallestOtherIsWithheldTooSoNoTotalGivesItAway() {
        List<FigureRow> rows = List.of(
                Suppression.row("2025", "jobcenter", "Jobcenter", 6).citizens("cost", BigDecimal.TEN).build(),
                Suppression.row("2025", "social-services", "Socialområdet", 20).citizens("cost", BigDecimal.ONE).build(),
                Suppression.row("2025", "psychiatry", "Psykiatrien", 2).citizens("cost", BigDecimal.ONE).build(),
                Suppression.row("2026", "jobcenter", "Jobcenter", 6).citizens("cost", BigDecimal.TEN).build());

        List<FigureRow> shown = Suppression.complement(rows);

        assertThat(shown).extracting(FigureRow::period, FigureRow::group, FigureRow::suppressed)
                .containsExactly(tuple("2025", "jobcenter", true), tuple("2025", "social-services", false),
                        tuple("2025", "psychiatry", true), tuple("2026", "jobcenter", false));
    }

    @Test
    void subGoalsReachedAreAShareOfThoseConcluded() {
        // 10 set in 2025 by 5 citizens; 6 achieved, 2 dropped, 2 open: 6 / 8 = 75.0 %
        Sheets s = new Sheets();
        List<UUID> c = citizens(5);
        for (int i = 0; i < 10; i++) {
            String outcome = i < 6 ? "achieved" : i < 8 ? "dropped" : null;
            s.subGoals.add(new FactSheet.SubGoal(c.get(i % 5), "jobcenter", d("2025-02-01"), outcome,
                    outcome == null ? null : d("2025-09-01")));
        }

        FigureRow row = HumanGains.subGoals(s.sheet(), Y2025).rows().get(0);

        assertThat(row.values()).containsEntry("set", new BigDecimal("10")).containsEntry("achieved", new BigDecimal("6"))
                .containsEntry("dropped", new BigDecimal("2")).containsEntry("shareAchieved", new BigDecimal("75.0"));
    }

    @Test
    void progressionLeavesOutFirstReadingsWithNothingToCompareWith() {
        // 5 citizens: improved 3, unchanged 1, worsened 1, first 2 (left out): 3 / 5 = 60.0 %
        Sheets s = new Sheets();
        List<UUID> c = citizens(5);
        List<String> trends = List.of("improved", "improved", "improved", "unchanged", "worsened", "first", "first");
        for (int i = 0; i < trends.size(); i++) {
            s.trends.add(new FactSheet.Trend(c.get(i % 5), d("2025-05-01"), trends.get(i)));
        }

        FigureRow row = HumanGains.progression(s.sheet(), Y2025).rows().get(0);

        assertThat(row.values()).containsEntry("improved", new BigDecimal("3"))
                .containsEntry("unchanged", new BigDecimal("1")).containsEntry("worsened", new BigDecimal("1"))
                .containsEntry("shareImproved", new BigDecimal("60.0"));
    }

    @Test
    void coordinationCountsWhoHasACoordinatorAtThePeriodsEnd() {
        // 5 plans; 4 designated in March, one of them vacated in October: 3 of 5 = 60.0 %; 2 meetings held
        // (a third cancelled): 2 / 5 = 0.40 per citizen
        Sheets s = new Sheets();
        List<UUID> c = citizens(5);
        c.forEach(citizen -> s.plans.add(new FactSheet.Plan(citizen, d("2025-01-01"),
                List.of(new FactSheet.Frequency(d("2025-01-01"), 3)))));
        for (int i = 0; i < 4; i++) {
            s.coordinators.add(new FactSheet.CoordinatorChange(c.get(i), true, d("2025-03-01"), i));
        }
        s.coordinators.add(new FactSheet.CoordinatorChange(c.get(3), false, d("2025-10-01"), 10));
        s.meetings.add(new FactSheet.Meeting(c.get(0), d("2025-04-01"), false));
        s.meetings.add(new FactSheet.Meeting(c.get(1), d("2025-05-01"), false));
        s.meetings.add(new FactSheet.Meeting(c.get(2), d("2025-06-01"), true));

        FigureRow row = HumanGains.coordination(s.sheet(), Y2025, TODAY).rows().get(0);

        assertThat(row.values()).containsEntry("withCoordinator", new BigDecimal("3"))
                .containsEntry("shareWithCoordinator", new BigDecimal("60.0"))
                .containsEntry("meetings", new BigDecimal("2")).containsEntry("meetingsPerCitizen", new BigDecimal("0.40"));
    }

    @Test
    void grantedTimeIsPricedByTheUnitOfTheBasicRate() {
        // A grant of 7 h/week for all of 2025 (365 days): 7 × 365 / 7 = 365 hours.
        Period year = Y2025.get(0);
        FactSheet.Grant grant = new FactSheet.Grant(UUID.randomUUID(), OFFER, "social-services", null, false,
                new BigDecimal("7"), d("2025-01-01"), d("2025-12-31"));
        Map<String, String> expected = Map.of(
                "hour", "146000",   // 365 h × 400
                "day", "146000",    // 365 days × 400
                "week", "20857",    // 365 / 7 weeks × 400 = 20,857.14
                "month", "4800");   // 365 × 12 / 365 months × 400
        expected.forEach((unit, cost) -> {
            FactSheet.Price price = new FactSheet.Price(OFFER, 1, new BigDecimal("400"), unit, 0, d("2024-01-01"));
            GrantCosting.Cost result = GrantCosting.of(grant, year, sheetWith(price));
            assertThat(result.hours()).isEqualByComparingTo("365");
            assertThat(result.amount().setScale(0, java.math.RoundingMode.HALF_UP)).as(unit).isEqualByComparingTo(cost);
        });
        GrantCosting.Cost visits = GrantCosting.of(grant, year,
                sheetWith(new FactSheet.Price(OFFER, 1, new BigDecimal("400"), "visit", 0, d("2024-01-01"))));
        assertThat(visits.unpricedHours()).as("a rate per visit cannot price granted hours").isEqualByComparingTo("365");
    }

    @Test
    void aNewPriceCountsFromTheDayItWasSet() {
        // 1 h/week, hourly: 2025-01-01..06-30 (181 days) at 100, 07-01..12-31 (184 days) at 200
        // = 181/7 × 100 + 184/7 × 200 = 2,585.71 + 5,257.14 = 7,842.86
        FactSheet.Grant grant = new FactSheet.Grant(UUID.randomUUID(), OFFER, "social-services", null, false,
                BigDecimal.ONE, d("2025-01-01"), d("2025-12-31"));
        Sheets s = new Sheets();
        s.prices.add(new FactSheet.Price(OFFER, 1, new BigDecimal("100"), "hour", 0, d("2024-01-01")));
        s.prices.add(new FactSheet.Price(OFFER, 2, new BigDecimal("200"), "hour", 0, d("2025-07-01")));

        assertThat(GrantCosting.of(grant, Y2025.get(0), s.sheet()).amount().setScale(2, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("7842.86");
    }

    @Test
    void grantsThatFollowOnFromEachOtherAreOneStay() {
        // Five citizens in temporary housing (§107), stays ended in 2025:
        //   A 2023-07-01..2025-06-30 731 days; B 2024-07-01..2025-06-30 365; C 2025-01-01..12-31 365;
        //   D 2024-01-01..12-31 + 2025-01-01..03-31 (one stay) 456; E 2025-04-01..09-30 183
        //   2,100 days / 5 = 420 days = 1.15 years; in 2025: 181 + 181 + 365 + 90 + 183 = 1,000 days = 2.74 years
        Sheets s = new Sheets();
        List<UUID> c = citizens(5);
        s.grants.add(housing(c.get(0), "2023-07-01", "2025-06-30"));
        s.grants.add(housing(c.get(1), "2024-07-01", "2025-06-30"));
        s.grants.add(housing(c.get(2), "2025-01-01", "2025-12-31"));
        s.grants.add(housing(c.get(3), "2024-01-01", "2024-12-31"));
        s.grants.add(housing(c.get(3), "2025-01-01", "2025-03-31"));
        s.grants.add(housing(c.get(4), "2025-04-01", "2025-09-30"));
        s.prices.add(new FactSheet.Price(OFFER, 1, new BigDecimal("1500"), "day", 1, d("2023-01-01")));

        FigureRow temporary = Economy.housing(s.sheet(), Y2025, TODAY).rows().get(0);

        assertThat(temporary.group()).isEqualTo("temporary");
        assertThat(temporary.values()).containsEntry("placeYears", new BigDecimal("2.74"))
                .containsEntry("endedStays", new BigDecimal("5"))
                .containsEntry("averageStayYears", new BigDecimal("1.15"))
                .containsEntry("cost", new BigDecimal("1500000"));
        assertThat(temporary.suppressedValues()).as("two stays began in 2025: too few to show").containsExactly("begunStays");
        var baseline = PlatformBaseline.of(s.sheet(), 2025, TODAY);
        assertThat(baseline.value(PlatformBaseline.YEARS_IN_TEMPORARY_HOUSING)).contains(new BigDecimal("1.15"));
        assertThat(baseline.value(PlatformBaseline.COST_PER_TEMPORARY_PLACE)).as("1,500 a day × 365")
                .contains(new BigDecimal("547500"));
    }

    @Test
    void caseloadsAreEachCaseworkersLatestAtThePeriodsEndByTeam() {
        // voksen: A 48 → 55, B 40 (both recommended 50): average 47.5, 1 above, 95.0 %;
        // job: C 30 (35): 85.7 %; all: 125 / 3 = 41.7 against (50 + 50 + 35) / 3 = 45.0; 125 / 135 = 92.6 %
        Sheets s = new Sheets();
        s.teams.add(new FactSheet.Team("voksen", "social-services", "Voksenteamet", 50));
        s.teams.add(new FactSheet.Team("job", "jobcenter", "Jobindsats", 35));
        s.caseloads.add(new FactSheet.Caseload("a", "voksen", 48, 50, d("2025-01-10"), 1));
        s.caseloads.add(new FactSheet.Caseload("a", "voksen", 55, 50, d("2025-06-01"), 2));
        s.caseloads.add(new FactSheet.Caseload("b", "voksen", 40, 50, d("2025-02-01"), 3));
        s.caseloads.add(new FactSheet.Caseload("c", "job", 30, 35, d("2025-03-01"), 4));
        s.caseloads.add(new FactSheet.Caseload("c", "job", 31, 35, d("2026-01-05"), 5));

        Figure figure = WorkEnvironment.caseloads(s.sheet(), Y2025, TODAY);

        assertThat(figure.rows()).extracting(FigureRow::groupLabel, r -> r.value("averageCaseload"),
                        r -> r.value("recommendedCaseload"), r -> r.value("aboveRecommendation"),
                        r -> r.value("loadOfRecommendation"))
                .containsExactly(tuple("Jobindsats", new BigDecimal("30.0"), new BigDecimal("35.0"), BigDecimal.ZERO,
                                new BigDecimal("85.7")),
                        tuple("Voksenteamet", new BigDecimal("47.5"), new BigDecimal("50.0"), BigDecimal.ONE,
                                new BigDecimal("95.0")),
                        tuple(null, new BigDecimal("41.7"), new BigDecimal("45.0"), BigDecimal.ONE,
                                new BigDecimal("92.6")));
    }

    @Test
    void cohortsAreComparedOnlyWhenEachHasFiveCitizens() {
        // Before 2025-07-01: 5 plans from 2025-01-01, quarterly, each with 2 follow-ups, to 2026-06-30
        // (546 days each: 2,730 days = 7.4795 citizen-years; 10 / 7.4795 = 1.34 a year; expected 4.00);
        // after: 1 plan (withheld)
        Sheets s = new Sheets();
        List<UUID> c = citizens(6);
        for (int i = 0; i < 5; i++) {
            s.plans.add(new FactSheet.Plan(c.get(i), d("2025-01-01"), List.of(new FactSheet.Frequency(d("2025-01-01"), 3))));
            s.followUps.add(new FactSheet.FollowUp(c.get(i), d("2025-04-01"), 4));
            s.followUps.add(new FactSheet.FollowUp(c.get(i), d("2025-07-01"), 5));
        }
        s.plans.add(new FactSheet.Plan(c.get(5), d("2025-08-01"), List.of(new FactSheet.Frequency(d("2025-08-01"), 3))));

        Figure cohorts = Cohorts.compare(s.sheet(), d("2025-07-01"), TODAY);

        FigureRow before = cohorts.rows().get(0);
        assertThat(before.values()).containsEntry("citizenYears", new BigDecimal("7.48"))
                .containsEntry("followUpsPerCitizenYear", new BigDecimal("1.34"))
                .containsEntry("expectedPerCitizenYear", new BigDecimal("4.00"))
                .containsEntry("averageRating", new BigDecimal("4.50"));
        assertThat(cohorts.rows().get(1).suppressedValues()).contains("followUpsPerCitizenYear", "averageRating");
    }

    @Test
    void citizensLeavingPublicBenefits() {
        // five on kontanthjælp from 2024; in 2025 one leaves on 06-01 (151 days on), one on 01-01 (0 days, but
        // left in 2025), one moves to ressourceforløbsydelse (still on); on at the end: 3; left: 2;
        // benefit-years: 151 + 0 + 365 × 3 = 1,246 days = 3.41
        Sheets s = new Sheets();
        List<UUID> c = citizens(5);
        long sequence = 0;
        for (UUID citizen : c) {
            s.benefits.add(new FactSheet.BenefitChange(citizen, "kontanthjaelp", d("2024-01-01"), sequence++));
        }
        s.benefits.add(new FactSheet.BenefitChange(c.get(0), null, d("2025-06-01"), sequence++));
        s.benefits.add(new FactSheet.BenefitChange(c.get(1), null, d("2025-01-01"), sequence++));
        s.benefits.add(new FactSheet.BenefitChange(c.get(2), "ressourceforloebsydelse", d("2025-03-01"), sequence));

        FigureRow row = Benefits.figure(s.sheet(), Y2025, TODAY).rows().get(0);

        assertThat(row.citizens()).isEqualTo(5);
        assertThat(row.values()).containsEntry("onBenefitAtEnd", new BigDecimal("3"))
                .containsEntry("leftBenefits", new BigDecimal("2"))
                .containsEntry("benefitYears", new BigDecimal("3.41"));
    }

    @Test
    void housingIsToldByTheLegalBasis() {
        assertThat(Housing.of("SEL §107")).isEqualTo(Housing.TEMPORARY);
        assertThat(Housing.of("Serviceloven § 107, stk. 2")).isEqualTo(Housing.TEMPORARY);
        assertThat(Housing.of("Serviceloven §108")).isEqualTo(Housing.LONG_TERM);
        assertThat(Housing.of("Serviceloven §1070")).isNull();
        assertThat(Housing.of("SEL §85")).isNull();
    }

    @Test
    void periodsAreYearsQuartersOrMonthsInDanish() {
        assertThat(Period.of(Period.Length.QUARTER, 2025, 2025)).extracting(Period::label, Period::end)
                .containsExactly(tuple("2025 K1", d("2025-03-31")), tuple("2025 K2", d("2025-06-30")),
                        tuple("2025 K3", d("2025-09-30")), tuple("2025 K4", d("2025-12-31")));
        assertThat(Period.of(Period.Length.MONTH, 2024, 2024).get(1).end()).isEqualTo(d("2024-02-29"));
        assertThat(Y2025.get(0).overlapDays(d("2024-12-01"), null)).isEqualTo(365);
        assertThat(List.of(Period.Length.parse("kvartal"), Period.Length.parse("quarter"))).containsOnly(
                Period.Length.QUARTER);
    }

    private static FactSheet.Grant housing(UUID citizen, String from, String to) {
        return new FactSheet.Grant(citizen, OFFER, "social-services", Housing.TEMPORARY, false, BigDecimal.ONE, d(from),
                d(to));
    }

    private static FactSheet sheetWith(FactSheet.Price price) {
        Sheets s = new Sheets();
        s.prices.add(price);
        return s.sheet();
    }
}
