package dk.tvaers.insight.calculator.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * What a municipality invests and what it expects, in the spirit of SØM (the national socio-economic
 * investment model): the investment's yearly cost, the effects it is expected to have once in full force,
 * how fast they come, and the discount rate. The four numbers marked "platform" may be left out ({@code null}):
 * the calculator then takes them from the platform's own figures and says so.
 *
 * @param title                          what the investment is, e.g. "Psykiatriteamet opnormeres med 4"
 * @param firstYear                      the first year of the investment
 * @param horizonYears                   years to project (1–30)
 * @param extraCaseworkers               caseworkers added (may be a fraction: full-time equivalents)
 * @param yearlyCostPerCaseworker        DKK a year per added caseworker, salary and overhead
 * @param newOfferYearlyCost             DKK a year for a new offer (group courses, a café), 0 if none
 * @param oneOffCost                     DKK once, in the first year (training, implementation)
 * @param newTemporaryStaysPerYear       citizens who begin a stay in temporary housing (§107) a year; platform
 * @param yearsInTemporaryHousingBefore  average years of a stay in temporary housing now; platform
 * @param yearsInTemporaryHousingAfter   average years of a stay expected with the investment
 * @param yearlyCostPerTemporaryPlace    DKK a year for a place in temporary housing; platform
 * @param fewerCitizensOnBenefits        citizens fewer on public benefits (offentlig forsørgelse)
 * @param yearlyBenefitPerCitizen        DKK a year of benefits per citizen
 * @param fewerExternalPlacements        external placements fewer (counted in place-years a year)
 * @param yearlyCostPerExternalPlacement DKK a year for an external placement; platform
 * @param rampUpYears                    years until the effects are in full force: year {@code t} has
 *                                       {@code min(1, t / rampUpYears)} of them
 * @param discountRate                   yearly discount rate, e.g. 0.035 (3.5 %)
 */
public record Assumptions(
        @NotBlank @Size(max = 200) String title,
        @Min(2000) @Max(2100) int firstYear,
        @Min(1) @Max(30) int horizonYears,
        @NotNull @DecimalMin("0") @DecimalMax("1000") BigDecimal extraCaseworkers,
        @NotNull @DecimalMin("0") BigDecimal yearlyCostPerCaseworker,
        @NotNull @DecimalMin("0") BigDecimal newOfferYearlyCost,
        @NotNull @DecimalMin("0") BigDecimal oneOffCost,
        @DecimalMin("0") BigDecimal newTemporaryStaysPerYear,
        @DecimalMin("0") @DecimalMax("50") BigDecimal yearsInTemporaryHousingBefore,
        @NotNull @DecimalMin("0") @DecimalMax("50") BigDecimal yearsInTemporaryHousingAfter,
        @DecimalMin("0") BigDecimal yearlyCostPerTemporaryPlace,
        @NotNull @DecimalMin("0") BigDecimal fewerCitizensOnBenefits,
        @NotNull @DecimalMin("0") BigDecimal yearlyBenefitPerCitizen,
        @NotNull @DecimalMin("0") BigDecimal fewerExternalPlacements,
        @DecimalMin("0") BigDecimal yearlyCostPerExternalPlacement,
        @Min(1) @Max(30) int rampUpYears,
        @NotNull @DecimalMin("0") @DecimalMax("0.5") BigDecimal discountRate) {
}
