package dk.tvaers.insight.calculator;

import dk.tvaers.insight.calculator.api.Assumptions;
import dk.tvaers.insight.calculator.api.AssumptionsChangedEvent;
import dk.tvaers.insight.calculator.api.ChangeAssumptionsCommand;
import dk.tvaers.insight.calculator.api.CreateInvestmentCaseCommand;
import dk.tvaers.insight.calculator.api.InvestmentCaseCreatedEvent;
import dk.tvaers.insight.calculator.command.InvestmentCase;
import dk.tvaers.platform.domain.ConflictException;
import dk.tvaers.platform.domain.NotFoundException;
import dk.tvaers.platform.domain.RuleViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;

class InvestmentCaseTest {

    static final UUID CASE = UUID.fromString("1f0e2d3c-4b5a-4697-8879-6a5b4c3d2e1f");
    static final Assumptions FIRST = InvestmentCalculatorTest.workedExample();
    static final Assumptions SECOND = InvestmentCalculatorTest.with(FIRST, new BigDecimal("0.04"));

    AggregateTestFixture<InvestmentCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(InvestmentCase.class);
    }

    @Test
    void storesTheFirstAssumptionsAsVersionOne() {
        fixture.givenNoPriorActivity()
                .when(new CreateInvestmentCaseCommand(CASE, "holstebro", FIRST, "morten.chef"))
                .expectEvents(new InvestmentCaseCreatedEvent(CASE, "holstebro", FIRST, "morten.chef"));
    }

    @Test
    void aChangeIsANewVersionWithWhoMadeItAndWhy() {
        fixture.given(new InvestmentCaseCreatedEvent(CASE, "holstebro", FIRST, "morten.chef"))
                .when(new ChangeAssumptionsCommand(CASE, "holstebro", 1, SECOND, "Finansministeriets rente",
                        "lene.leder"))
                .expectEvents(new AssumptionsChangedEvent(CASE, "holstebro", 2, SECOND, "Finansministeriets rente",
                        "lene.leder"))
                .expectResultMessagePayload(2L);
    }

    @Test
    void rejectsAChangeBasedOnAnOldVersion() {
        fixture.given(new InvestmentCaseCreatedEvent(CASE, "holstebro", FIRST, "morten.chef"),
                        new AssumptionsChangedEvent(CASE, "holstebro", 2, SECOND, null, "lene.leder"))
                .when(new ChangeAssumptionsCommand(CASE, "holstebro", 1, FIRST, null, "morten.chef"))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void theSameAssumptionsAgainChangeNothing() {
        fixture.given(new InvestmentCaseCreatedEvent(CASE, "holstebro", FIRST, "morten.chef"))
                .when(new ChangeAssumptionsCommand(CASE, "holstebro", 1, FIRST, null, "morten.chef"))
                .expectNoEvents()
                .expectResultMessagePayload(1L);
    }

    @Test
    void anotherOrganisationsCaseDoesNotExistForTheCaller() {
        fixture.given(new InvestmentCaseCreatedEvent(CASE, "holstebro", FIRST, "morten.chef"))
                .when(new ChangeAssumptionsCommand(CASE, "egedal", 1, SECOND, null, "eva.egedal"))
                .expectException(NotFoundException.class);
    }

    @Test
    void rejectsLongerStaysAfterTheInvestmentThanBefore() {
        Assumptions longer = new Assumptions(FIRST.title(), 2027, 7, FIRST.extraCaseworkers(),
                FIRST.yearlyCostPerCaseworker(), FIRST.newOfferYearlyCost(), FIRST.oneOffCost(), new BigDecimal("4"),
                new BigDecimal("2"), new BigDecimal("6"), FIRST.yearlyCostPerTemporaryPlace(),
                FIRST.fewerCitizensOnBenefits(), FIRST.yearlyBenefitPerCitizen(), BigDecimal.ZERO, null, 5,
                FIRST.discountRate());
        fixture.givenNoPriorActivity()
                .when(new CreateInvestmentCaseCommand(CASE, "holstebro", longer, "morten.chef"))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("longer than the stay now"));
    }

    @Test
    void rejectsARampUpLongerThanTheHorizon() {
        Assumptions slow = new Assumptions(FIRST.title(), 2027, 3, FIRST.extraCaseworkers(),
                FIRST.yearlyCostPerCaseworker(), FIRST.newOfferYearlyCost(), FIRST.oneOffCost(), null, null,
                FIRST.yearsInTemporaryHousingAfter(), null, FIRST.fewerCitizensOnBenefits(),
                FIRST.yearlyBenefitPerCitizen(), BigDecimal.ZERO, null, 5, FIRST.discountRate());
        fixture.givenNoPriorActivity()
                .when(new CreateInvestmentCaseCommand(CASE, "holstebro", slow, "morten.chef"))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("full force within the years"));
    }
}
