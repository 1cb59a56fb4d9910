package dk.tvaers.insight.calculator;

import dk.tvaers.insight.calculator.api.Assumptions;

/** The worked example of {@link InvestmentCalculatorTest}, for other tests. */
public final class InvestmentCalculatorTestData {

    private InvestmentCalculatorTestData() {
    }

    public static Assumptions workedExample() {
        return InvestmentCalculatorTest.workedExample();
    }
}
