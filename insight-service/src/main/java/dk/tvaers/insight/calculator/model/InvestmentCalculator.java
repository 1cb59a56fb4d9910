package dk.tvaers.insight.calculator.model;

import dk.tvaers.insight.calculator.api.Assumptions;
import dk.tvaers.insight.figures.api.Baseline;
import dk.tvaers.insight.figures.calculation.PlatformBaseline;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The investment calculator, a simple model in the spirit of SØM. For year {@code t} = 1…H of the horizon:
 * <pre>
 *   costs(t)    = extra caseworkers × yearly cost per caseworker + the new offer's yearly cost
 *                 (+ the one-off cost in year 1)
 *   ramp(t)     = min(1, t / ramp-up years)
 *   housing(t)  = ramp(t) × new stays in temporary housing a year × (years a stay now − years expected)
 *                 × yearly cost of a place
 *   benefits(t) = ramp(t) × citizens fewer on benefits × yearly benefit per citizen
 *   placements(t) = ramp(t) × external placements fewer × yearly cost of a placement
 *   net(t)      = housing(t) + benefits(t) + placements(t) − costs(t)
 *   present(t)  = net(t) / (1 + discount rate)^(t − 1)
 * </pre>
 * Shorter stays save place-years: in a steady state the places in use are the stays begun a year times their
 * length, so each year's new stays need (before − after) fewer place-years; the ramp-up says how fast that
 * state is reached. Every year's amounts are rounded to whole kroner (half up) and the totals add the rounded
 * years; the break-even year is the first whose cumulative discounted net is zero or more. Numbers left out
 * of the assumptions are taken from the platform's baseline, and each input says where it came from.
 */
public final class InvestmentCalculator {

    private static final MathContext PRECISE = MathContext.DECIMAL64;

    private InvestmentCalculator() {
    }

    public static Projection project(Assumptions a, Baseline baseline) {
        List<Projection.Input> inputs = new ArrayList<>();
        BigDecimal caseworkers = entered(inputs, "extraCaseworkers", "Ekstra sagsbehandlere", a.extraCaseworkers(),
                "sagsbehandlere");
        BigDecimal costPerCaseworker = entered(inputs, "yearlyCostPerCaseworker", "Udgift pr. sagsbehandler om året",
                a.yearlyCostPerCaseworker(), "kr.");
        BigDecimal offer = entered(inputs, "newOfferYearlyCost", "Nyt tilbud om året", a.newOfferYearlyCost(), "kr.");
        BigDecimal oneOff = entered(inputs, "oneOffCost", "Engangsudgift i første år", a.oneOffCost(), "kr.");
        BigDecimal stays = eitherOr(inputs, baseline, PlatformBaseline.NEW_TEMPORARY_STAYS,
                "Nye ophold i midlertidigt botilbud om året", a.newTemporaryStaysPerYear(), "borgere");
        BigDecimal yearsBefore = eitherOr(inputs, baseline, PlatformBaseline.YEARS_IN_TEMPORARY_HOUSING,
                "Opholdstid i midlertidigt botilbud nu", a.yearsInTemporaryHousingBefore(), "år");
        BigDecimal yearsAfter = entered(inputs, "yearsInTemporaryHousingAfter",
                "Opholdstid i midlertidigt botilbud med investeringen", a.yearsInTemporaryHousingAfter(), "år");
        BigDecimal placeCost = eitherOr(inputs, baseline, PlatformBaseline.COST_PER_TEMPORARY_PLACE,
                "Udgift pr. plads i midlertidigt botilbud om året", a.yearlyCostPerTemporaryPlace(), "kr.");
        BigDecimal fewerOnBenefits = entered(inputs, "fewerCitizensOnBenefits", "Færre borgere på offentlig forsørgelse",
                a.fewerCitizensOnBenefits(), "borgere");
        BigDecimal benefit = entered(inputs, "yearlyBenefitPerCitizen", "Ydelse pr. borger om året",
                a.yearlyBenefitPerCitizen(), "kr.");
        BigDecimal fewerPlacements = entered(inputs, "fewerExternalPlacements", "Færre eksterne anbringelser",
                a.fewerExternalPlacements(), "anbringelser");
        BigDecimal placementCost = eitherOr(inputs, baseline, PlatformBaseline.COST_PER_EXTERNAL_PLACEMENT,
                "Udgift pr. ekstern anbringelse om året", a.yearlyCostPerExternalPlacement(), "kr.");
        entered(inputs, "rampUpYears", "År til fuld effekt", BigDecimal.valueOf(a.rampUpYears()), "år");
        entered(inputs, "discountRate", "Diskonteringsrente", a.discountRate(), "pr. år");

        BigDecimal yearlyCost = caseworkers.multiply(costPerCaseworker).add(offer);
        BigDecimal yearsSaved = yearsBefore.subtract(yearsAfter).max(BigDecimal.ZERO);
        BigDecimal fullHousing = stays.multiply(yearsSaved).multiply(placeCost);
        BigDecimal fullBenefits = fewerOnBenefits.multiply(benefit);
        BigDecimal fullPlacements = fewerPlacements.multiply(placementCost);
        BigDecimal growth = BigDecimal.ONE.add(a.discountRate());

        List<Projection.Year> years = new ArrayList<>();
        BigDecimal totalCosts = BigDecimal.ZERO;
        BigDecimal totalSavings = BigDecimal.ZERO;
        BigDecimal cumulative = BigDecimal.ZERO;
        Integer breakEven = null;
        for (int t = 1; t <= a.horizonYears(); t++) {
            BigDecimal ramp = BigDecimal.ONE.min(BigDecimal.valueOf(t).divide(BigDecimal.valueOf(a.rampUpYears()),
                    PRECISE));
            BigDecimal costs = whole(t == 1 ? yearlyCost.add(oneOff) : yearlyCost);
            BigDecimal housing = whole(ramp.multiply(fullHousing));
            BigDecimal benefits = whole(ramp.multiply(fullBenefits));
            BigDecimal placements = whole(ramp.multiply(fullPlacements));
            BigDecimal savings = housing.add(benefits).add(placements);
            BigDecimal net = savings.subtract(costs);
            BigDecimal discount = growth.pow(t - 1);
            BigDecimal present = whole(net.divide(discount, PRECISE));
            cumulative = cumulative.add(present);
            totalCosts = totalCosts.add(costs);
            totalSavings = totalSavings.add(savings);
            int year = a.firstYear() + t - 1;
            if (breakEven == null && cumulative.signum() >= 0) {
                breakEven = year;
            }
            years.add(new Projection.Year(year, ramp.setScale(4, RoundingMode.HALF_UP), costs, housing, benefits,
                    placements, savings, net, BigDecimal.ONE.divide(discount, PRECISE).setScale(6, RoundingMode.HALF_UP),
                    present, cumulative));
        }
        BigDecimal caseloadBefore = baseline.value(PlatformBaseline.CASES).orElse(null);
        BigDecimal caseworkersNow = baseline.value(PlatformBaseline.CASEWORKERS).orElse(null);
        BigDecimal caseloadAfter = caseloadBefore == null || caseworkersNow == null
                || caseworkersNow.add(caseworkers).signum() == 0 ? null
                : caseloadBefore.multiply(caseworkersNow).divide(caseworkersNow.add(caseworkers), PRECISE)
                .setScale(1, RoundingMode.HALF_UP);
        return new Projection(inputs, years, totalCosts, totalSavings, totalSavings.subtract(totalCosts), cumulative,
                breakEven, caseloadBefore, caseloadAfter);
    }

    private static BigDecimal whole(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.HALF_UP);
    }

    private static BigDecimal entered(List<Projection.Input> inputs, String key, String label, BigDecimal value,
                                      String unit) {
        inputs.add(new Projection.Input(key, label, value, unit, Baseline.ASSUMPTION, null));
        return value;
    }

    /** The entered number if there is one, else the platform's, else 0 (and said to be missing). */
    private static BigDecimal eitherOr(List<Projection.Input> inputs, Baseline baseline, String key, String label,
                                       BigDecimal entered, String unit) {
        if (entered != null) {
            return entered(inputs, key, label, entered, unit);
        }
        Baseline.Number platform = baseline.numbers().stream().filter(n -> n.key().equals(key)).findFirst()
                .orElse(null);
        if (platform != null && platform.value() != null) {
            inputs.add(new Projection.Input(key, label, platform.value(), unit, Baseline.PLATFORM, platform.basis()));
            return platform.value();
        }
        inputs.add(new Projection.Input(key, label, null, unit, Baseline.MISSING,
                platform == null ? null : platform.basis()));
        return BigDecimal.ZERO;
    }
}
