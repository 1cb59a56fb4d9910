package dk.tvaers.insight.calculator;

import dk.tvaers.insight.calculator.api.Assumptions;
import dk.tvaers.insight.calculator.model.InvestmentCalculator;
import dk.tvaers.insight.calculator.model.Projection;
import dk.tvaers.insight.figures.api.Baseline;
import dk.tvaers.insight.figures.calculation.PlatformBaseline;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The calculator against a worked example calculated by hand, on the figures Silkeborg and Holstebro reported
 * (../shared/seeds): Silkeborg invested DKK 33.5 M in 2015–2021 against DKK 64.6 M saved; Holstebro cut stays
 * in temporary housing from 6 to 2 years and saves about DKK 5 M a year.
 */
class InvestmentCalculatorTest {

    static final Baseline NO_BASELINE = new Baseline(2026, List.of());

    /**
     * The worked example, seven years from 2027 (as Silkeborg's 2015–2021):
     * <pre>
     * Costs a year:   8 caseworkers × 550,000 + a new group offer 300,000          = 4,700,000
     *                 year 1 also the one-off cost of training                      +   600,000
     *                 over 7 years: 7 × 4,700,000 + 600,000                          = 33,500,000
     * Full savings:   housing  4 new §107 stays a year × (6 − 2) years × 590,000     =  9,440,000
     *                 benefits 29 citizens fewer × 120,000                           =  3,480,000
     *                 together                                                      = 12,920,000
     * Ramp-up 5 years: 0.2, 0.4, 0.6, 0.8, 1, 1, 1 of the full savings (sum 5)
     *                 over 7 years: 5 × 12,920,000                                   = 64,600,000
     * Net, not discounted: 64,600,000 − 33,500,000                                   = 31,100,000
     *
     * year  ramp  costs      housing    benefits   savings     net        1/1.035^(t−1)  present net  cumulative
     * 2027  0.2   5,300,000  1,888,000    696,000   2,584,000  −2,716,000  1              −2,716,000  −2,716,000
     * 2028  0.4   4,700,000  3,776,000  1,392,000   5,168,000     468,000  0.966184          452,174  −2,263,826
     * 2029  0.6   4,700,000  5,664,000  2,088,000   7,752,000   3,052,000  0.933511        2,849,075     585,249
     * 2030  0.8   4,700,000  7,552,000  2,784,000  10,336,000   5,636,000  0.901943        5,083,349   5,668,598
     * 2031  1     4,700,000  9,440,000  3,480,000  12,920,000   8,220,000  0.871442        7,163,255  12,831,853
     * 2032  1     4,700,000  9,440,000  3,480,000  12,920,000   8,220,000  0.841973        6,921,019  19,752,872
     * 2033  1     4,700,000  9,440,000  3,480,000  12,920,000   8,220,000  0.813501        6,686,975  26,439,847
     *
     * e.g. 2029: 3,052,000 / 1.035² = 3,052,000 / 1.071225 = 2,849,074.66 → 2,849,075
     * Break-even: the cumulative present net first turns positive in 2029.
     * Net result over the horizon, discounted at 3.5 %: 26,439,847.
     * </pre>
     */
    static Assumptions workedExample() {
        return new Assumptions("Psykiatriteamet opnormeres, gruppeforløb og hyppig opfølgning", 2027, 7,
                new BigDecimal("8"), new BigDecimal("550000"), new BigDecimal("300000"), new BigDecimal("600000"),
                new BigDecimal("4"), new BigDecimal("6"), new BigDecimal("2"), new BigDecimal("590000"),
                new BigDecimal("29"), new BigDecimal("120000"), BigDecimal.ZERO, null, 5, new BigDecimal("0.035"));
    }

    @Test
    void reproducesTheWorkedExampleYearByYear() {
        Projection projection = InvestmentCalculator.project(workedExample(), NO_BASELINE);

        assertThat(projection.years()).extracting(Projection.Year::year, y -> y.costs().longValueExact(),
                        y -> y.housingSavings().longValueExact(), y -> y.benefitSavings().longValueExact(),
                        y -> y.net().longValueExact(), y -> y.presentNet().longValueExact(),
                        y -> y.cumulativePresentNet().longValueExact())
                .containsExactly(
                        tuple(2027, 5_300_000L, 1_888_000L, 696_000L, -2_716_000L, -2_716_000L, -2_716_000L),
                        tuple(2028, 4_700_000L, 3_776_000L, 1_392_000L, 468_000L, 452_174L, -2_263_826L),
                        tuple(2029, 4_700_000L, 5_664_000L, 2_088_000L, 3_052_000L, 2_849_075L, 585_249L),
                        tuple(2030, 4_700_000L, 7_552_000L, 2_784_000L, 5_636_000L, 5_083_349L, 5_668_598L),
                        tuple(2031, 4_700_000L, 9_440_000L, 3_480_000L, 8_220_000L, 7_163_255L, 12_831_853L),
                        tuple(2032, 4_700_000L, 9_440_000L, 3_480_000L, 8_220_000L, 6_921_019L, 19_752_872L),
                        tuple(2033, 4_700_000L, 9_440_000L, 3_480_000L, 8_220_000L, 6_686_975L, 26_439_847L));
        assertThat(projection.years()).extracting(y -> y.discountFactor().toPlainString())
                .containsExactly("1.000000", "0.966184", "0.933511", "0.901943", "0.871442", "0.841973", "0.813501");
    }

    @Test
    void investsSilkeborgsThirtyThreeAndAHalfMillionAgainstSixtyFourPointSixSaved() {
        Projection projection = InvestmentCalculator.project(workedExample(), NO_BASELINE);

        assertThat(projection.totalCosts()).isEqualByComparingTo("33500000");
        assertThat(projection.totalSavings()).isEqualByComparingTo("64600000");
        assertThat(projection.totalNet()).isEqualByComparingTo("31100000");
        assertThat(projection.netPresentValue()).isEqualByComparingTo("26439847");
        assertThat(projection.breakEvenYear()).isEqualTo(2029);
    }

    @Test
    void withoutDiscountingTheNetResultIsTheSumOfTheYears() {
        Assumptions undiscounted = with(workedExample(), BigDecimal.ZERO);

        Projection projection = InvestmentCalculator.project(undiscounted, NO_BASELINE);

        // cumulative: −2,716,000; −2,248,000; 804,000 (2029); … ; 31,100,000
        assertThat(projection.netPresentValue()).isEqualByComparingTo("31100000");
        assertThat(projection.years().get(1).cumulativePresentNet()).isEqualByComparingTo("-2248000");
        assertThat(projection.years().get(2).cumulativePresentNet()).isEqualByComparingTo("804000");
        assertThat(projection.breakEvenYear()).isEqualTo(2029);
    }

    @Test
    void anInvestmentThatNeverPaysBackHasNoBreakEvenYear() {
        Assumptions costsOnly = new Assumptions("Kun udgifter", 2027, 3, new BigDecimal("2"), new BigDecimal("600000"),
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("6"), new BigDecimal("6"),
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null, 1, BigDecimal.ZERO);

        Projection projection = InvestmentCalculator.project(costsOnly, NO_BASELINE);

        assertThat(projection.breakEvenYear()).isNull();
        assertThat(projection.netPresentValue()).isEqualByComparingTo("-3600000");
    }

    @Test
    void numbersLeftOutAreTakenFromThePlatformAndSaySo() {
        Baseline baseline = new Baseline(2026, List.of(
                new Baseline.Number(PlatformBaseline.NEW_TEMPORARY_STAYS, "Nye ophold", new BigDecimal("4"),
                        "borgere", Baseline.PLATFORM, "§107-ophold begyndt i 2026 (5 borgere)"),
                new Baseline.Number(PlatformBaseline.YEARS_IN_TEMPORARY_HOUSING, "Opholdstid", new BigDecimal("6"),
                        "år", Baseline.PLATFORM, "afsluttede §107-ophold"),
                new Baseline.Number(PlatformBaseline.COST_PER_TEMPORARY_PLACE, "Pladspris", null, "kr.",
                        Baseline.MISSING, "færre end 5 borgere, indtast selv"),
                new Baseline.Number(PlatformBaseline.CASEWORKERS, "Sagsbehandlere", new BigDecimal("8"),
                        "sagsbehandlere", Baseline.PLATFORM, "sagstal"),
                new Baseline.Number(PlatformBaseline.CASES, "Sager pr. sagsbehandler", new BigDecimal("120"),
                        "sager", Baseline.PLATFORM, "sagstal")));
        Assumptions a = workedExample();
        Assumptions fromPlatform = new Assumptions(a.title(), a.firstYear(), a.horizonYears(), a.extraCaseworkers(),
                a.yearlyCostPerCaseworker(), a.newOfferYearlyCost(), a.oneOffCost(), null, null,
                a.yearsInTemporaryHousingAfter(), new BigDecimal("590000"), a.fewerCitizensOnBenefits(),
                a.yearlyBenefitPerCitizen(), a.fewerExternalPlacements(), null, a.rampUpYears(), a.discountRate());

        Projection projection = InvestmentCalculator.project(fromPlatform, baseline);

        assertThat(projection.inputs()).filteredOn(i -> List.of(PlatformBaseline.NEW_TEMPORARY_STAYS,
                        PlatformBaseline.YEARS_IN_TEMPORARY_HOUSING, PlatformBaseline.COST_PER_TEMPORARY_PLACE,
                        PlatformBaseline.COST_PER_EXTERNAL_PLACEMENT).contains(i.key()))
                .extracting(Projection.Input::key, Projection.Input::source)
                .containsExactly(tuple(PlatformBaseline.NEW_TEMPORARY_STAYS, Baseline.PLATFORM),
                        tuple(PlatformBaseline.YEARS_IN_TEMPORARY_HOUSING, Baseline.PLATFORM),
                        tuple(PlatformBaseline.COST_PER_TEMPORARY_PLACE, Baseline.ASSUMPTION),
                        tuple(PlatformBaseline.COST_PER_EXTERNAL_PLACEMENT, Baseline.MISSING));
        assertThat(projection.netPresentValue()).as("the same numbers as the worked example")
                .isEqualByComparingTo("26439847");
        // Holstebro's psychiatry team: 120 cases each for 8 caseworkers; 8 more share them: 960 / 16 = 60
        assertThat(projection.caseloadBefore()).isEqualByComparingTo("120");
        assertThat(projection.caseloadAfter()).isEqualByComparingTo("60.0");
    }

    static Assumptions with(Assumptions a, BigDecimal discountRate) {
        return new Assumptions(a.title(), a.firstYear(), a.horizonYears(), a.extraCaseworkers(),
                a.yearlyCostPerCaseworker(), a.newOfferYearlyCost(), a.oneOffCost(), a.newTemporaryStaysPerYear(),
                a.yearsInTemporaryHousingBefore(), a.yearsInTemporaryHousingAfter(), a.yearlyCostPerTemporaryPlace(),
                a.fewerCitizensOnBenefits(), a.yearlyBenefitPerCitizen(), a.fewerExternalPlacements(),
                a.yearlyCostPerExternalPlacement(), a.rampUpYears(), discountRate);
    }
}
