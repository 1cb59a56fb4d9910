package dk.tvaers.cases.grant;

import dk.tvaers.cases.BrokenRule;
import dk.tvaers.cases.grant.api.DrawFromFrameCommand;
import dk.tvaers.cases.grant.api.FrameGrantDrawReleasedEvent;
import dk.tvaers.cases.grant.api.FrameGrantDrawnEvent;
import dk.tvaers.cases.grant.api.FrameGrantGrantedEvent;
import dk.tvaers.cases.grant.api.GrantFrameCommand;
import dk.tvaers.cases.grant.api.GrantTerms;
import dk.tvaers.cases.grant.api.ReleaseFrameDrawCommand;
import dk.tvaers.cases.grant.command.FrameGrant;
import dk.tvaers.cases.grant.command.GrantCases;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

class FrameGrantTest {

    private static final UUID FRAME = UUID.fromString("5d1e3f2c-8a61-4b7a-9c33-0a6e51b7d299");
    private static final UUID CITIZEN = UUID.fromString("0c6f6d1e-8a5b-4f7e-b0f4-3d2a9e6c1b22");
    private static final UUID CASE = UUID.fromString("9a1d7c3e-2b6f-4e58-8c0a-7f3b5d2e9c41");
    private static final UUID GRANT_1 = UUID.fromString("00000000-0000-4000-8000-0000000000a1");
    private static final UUID GRANT_2 = UUID.fromString("00000000-0000-4000-8000-0000000000a2");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate FROM = LocalDate.of(2027, 1, 1);
    private static final LocalDate UNTIL = LocalDate.of(2027, 12, 31);

    private AggregateTestFixture<FrameGrant> fixture;
    private boolean caseOpen = true;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FrameGrant.class);
        fixture.registerInjectableResource((GrantCases) (caseId, citizenId, sector) -> caseOpen);
    }

    private static GrantFrameCommand frame(String budget, LocalDate from, LocalDate until, String legalBasis) {
        return new GrantFrameCommand(FRAME, CITIZEN, CASE, "holstebro", "social-services", new BigDecimal(budget),
                from, until, legalBasis, "lene.leder", TODAY);
    }

    private static FrameGrantGrantedEvent granted(String budget) {
        return new FrameGrantGrantedEvent(FRAME, CITIZEN, CASE, "holstebro", "social-services", new BigDecimal(budget),
                FROM, UNTIL, "Serviceloven §85", "lene.leder", TODAY);
    }

    private static DrawFromFrameCommand draw(UUID grant, String hours) {
        return new DrawFromFrameCommand(FRAME, grant, CITIZEN, "holstebro", "social-services", new BigDecimal(hours),
                FROM, FROM.plusWeeks(4));
    }

    @Test
    void aTeamLeaderGrantsAFrameWithABudgetOfHours() {
        fixture.givenNoPriorActivity()
                .when(new GrantFrameCommand(FRAME, CITIZEN, CASE, "holstebro", "social-services", new BigDecimal("200"),
                        FROM, UNTIL, "Serviceloven §85", "lene.leder", TODAY))
                .expectEvents(granted("200"));
    }

    @Test
    void rejectsAFrameWithoutABudget() {
        fixture.givenNoPriorActivity()
                .when(frame("0", FROM, UNTIL, "Serviceloven §85"))
                .expectException(BrokenRule.named("frame.budget-out-of-range"))
                .expectNoEvents();
    }

    @Test
    void rejectsABudgetOverTheMaximum() {
        fixture.givenNoPriorActivity()
                .when(frame("100000.01", FROM, UNTIL, "Serviceloven §85"))
                .expectException(BrokenRule.named("frame.budget-out-of-range"))
                .expectNoEvents();
    }

    @Test
    void rejectsAFrameWhoseLastDayIsBeforeItsFirst() {
        fixture.givenNoPriorActivity()
                .when(frame("200", UNTIL, FROM, "Serviceloven §85"))
                .expectException(BrokenRule.named("frame.period-invalid"))
                .expectNoEvents();
    }

    @Test
    void rejectsAFrameWithoutAPeriod() {
        fixture.givenNoPriorActivity()
                .when(frame("200", FROM, null, "Serviceloven §85"))
                .expectException(BrokenRule.named("frame.period-invalid"))
                .expectNoEvents();
    }

    @Test
    void rejectsAFrameWhosePeriodIsOver() {
        fixture.givenNoPriorActivity()
                .when(frame("200", TODAY.minusMonths(6), TODAY.minusDays(1), "Serviceloven §85"))
                .expectException(BrokenRule.named("frame.period-over"))
                .expectNoEvents();
    }

    @Test
    void rejectsAFrameWithoutALegalBasis() {
        fixture.givenNoPriorActivity()
                .when(frame("200", FROM, UNTIL, " "))
                .expectException(BrokenRule.named("frame.legal-basis-required"))
                .expectNoEvents();
    }

    @Test
    void rejectsAFrameOutsideAnOpenCaseOfTheSector() {
        caseOpen = false;
        fixture.givenNoPriorActivity()
                .when(frame("200", FROM, UNTIL, "Serviceloven §85"))
                .expectException(BrokenRule.named("frame.case-not-open"))
                .expectNoEvents();
    }

    @Test
    void aGrantDrawsItsHoursFromTheFrame() {
        fixture.given(granted("200"))
                .when(draw(GRANT_1, "40"))
                .expectEvents(new FrameGrantDrawnEvent(FRAME, GRANT_1, CITIZEN, new BigDecimal("40"),
                        new BigDecimal("160")));
    }

    @Test
    void neverOverdrawsTheFrame() {
        fixture.given(granted("50"), new FrameGrantDrawnEvent(FRAME, GRANT_1, CITIZEN, new BigDecimal("40"),
                        new BigDecimal("10")))
                .when(draw(GRANT_2, "10.01"))
                .expectException(BrokenRule.named("frame.budget-exceeded"))
                .expectExceptionMessage(containsString("10 left"))
                .expectNoEvents();
    }

    @Test
    void mayDrawTheLastHour() {
        fixture.given(granted("50"), new FrameGrantDrawnEvent(FRAME, GRANT_1, CITIZEN, new BigDecimal("40"),
                        new BigDecimal("10")))
                .when(draw(GRANT_2, "10"))
                .expectEvents(new FrameGrantDrawnEvent(FRAME, GRANT_2, CITIZEN, new BigDecimal("10"),
                        new BigDecimal("0")));
    }

    @Test
    void theSameGrantDrawsOnce() {
        fixture.given(granted("50"), new FrameGrantDrawnEvent(FRAME, GRANT_1, CITIZEN, new BigDecimal("40"),
                        new BigDecimal("10")))
                .when(draw(GRANT_1, "40"))
                .expectNoEvents();
    }

    @Test
    void rejectsADrawForAnotherCitizen() {
        fixture.given(granted("50"))
                .when(new DrawFromFrameCommand(FRAME, GRANT_1, UUID.randomUUID(), "holstebro", "social-services",
                        BigDecimal.ONE, FROM, FROM))
                .expectException(BrokenRule.named("frame.other-citizen"))
                .expectNoEvents();
    }

    @Test
    void rejectsADrawFromAnotherSectorsFrame() {
        fixture.given(granted("50"))
                .when(new DrawFromFrameCommand(FRAME, GRANT_1, CITIZEN, "holstebro", "jobcenter", BigDecimal.ONE, FROM,
                        FROM))
                .expectException(BrokenRule.named("frame.other-sector"))
                .expectNoEvents();
    }

    @Test
    void rejectsADrawFromAnotherOrganisationsFrame() {
        fixture.given(granted("50"))
                .when(new DrawFromFrameCommand(FRAME, GRANT_1, CITIZEN, "egedal", "social-services", BigDecimal.ONE,
                        FROM, FROM))
                .expectException(BrokenRule.named("frame.other-organisation"))
                .expectNoEvents();
    }

    @Test
    void rejectsADrawOutsideTheFramesPeriod() {
        fixture.given(granted("50"))
                .when(new DrawFromFrameCommand(FRAME, GRANT_1, CITIZEN, "holstebro", "social-services", BigDecimal.ONE,
                        FROM, UNTIL.plusDays(1)))
                .expectException(BrokenRule.named("frame.outside-period"))
                .expectNoEvents();
    }

    @Test
    void aRejectedGrantGivesItsHoursBack() {
        fixture.given(granted("50"), new FrameGrantDrawnEvent(FRAME, GRANT_1, CITIZEN, new BigDecimal("40"),
                        new BigDecimal("10")))
                .when(new ReleaseFrameDrawCommand(FRAME, GRANT_1))
                .expectEvents(new FrameGrantDrawReleasedEvent(FRAME, GRANT_1, CITIZEN, new BigDecimal("40"),
                        new BigDecimal("50")));
    }

    @Test
    void aGrantTakesItsHoursAWeekTimesTheWeeksOfItsPeriod() {
        GrantTerms fourWeeks = new GrantTerms(UUID.randomUUID(), new BigDecimal("2.5"), FROM, FROM.plusDays(27),
                "Serviceloven §85");
        GrantTerms oneDay = new GrantTerms(UUID.randomUUID(), new BigDecimal("7"), FROM, FROM, "Serviceloven §85");

        assertThat(fourWeeks.totalHours()).isEqualByComparingTo("10");
        assertThat(oneDay.totalHours()).isEqualByComparingTo("1");
    }
}
