package dk.tvaers.plan.trigger;

import dk.tvaers.plan.trigger.api.PlanNeededEvent;
import dk.tvaers.plan.trigger.api.RecordCaseClosedCommand;
import dk.tvaers.plan.trigger.api.RecordCaseOpenedCommand;
import dk.tvaers.plan.trigger.api.SectorCaseClosedEvent;
import dk.tvaers.plan.trigger.api.SectorCaseOpenedEvent;
import dk.tvaers.plan.trigger.command.CaseInvolvement;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** When a citizen needs a coordinated plan: once two sectors have an open case. */
class CaseInvolvementTest {

    static final UUID CITIZEN = UUID.fromString("0c6f6d1e-8a5b-4f7e-b0f4-3d2a9e6c1b22");
    static final UUID JOB_CASE = UUID.fromString("9a1d7c3e-2b6f-4e58-8c0a-7f3b5d2e9c41");
    static final UUID SOCIAL_CASE = UUID.fromString("7b2e1f4a-3c5d-4e6f-8a9b-0c1d2e3f4a5b");
    static final UUID SECOND_JOB_CASE = UUID.fromString("1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f");
    static final UUID PSYCHIATRY_CASE = UUID.fromString("2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a");
    static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    AggregateTestFixture<CaseInvolvement> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CaseInvolvement.class);
    }

    static SectorCaseOpenedEvent jobcenterOpened() {
        return new SectorCaseOpenedEvent(CITIZEN, "holstebro", JOB_CASE, "jobcenter", DAY.minusDays(10));
    }

    @Test
    void oneSectorAloneNeedsNoPlan() {
        fixture.givenNoPriorActivity()
                .when(new RecordCaseOpenedCommand(CITIZEN, "holstebro", JOB_CASE, "jobcenter", DAY.minusDays(10)))
                .expectEvents(jobcenterOpened());
    }

    @Test
    void aSecondSectorMeansTheCitizenNeedsAPlanOfTheLongestOpenCasesOrganisation() {
        fixture.given(jobcenterOpened())
                .when(new RecordCaseOpenedCommand(CITIZEN, "region-midt", PSYCHIATRY_CASE, "psychiatry", DAY))
                .expectEvents(new SectorCaseOpenedEvent(CITIZEN, "region-midt", PSYCHIATRY_CASE, "psychiatry", DAY),
                        new PlanNeededEvent(CITIZEN, "holstebro", List.of("jobcenter", "psychiatry")));
    }

    @Test
    void aSecondCaseInTheSameSectorNeedsNoPlan() {
        fixture.given(jobcenterOpened())
                .when(new RecordCaseOpenedCommand(CITIZEN, "holstebro", SECOND_JOB_CASE, "jobcenter", DAY))
                .expectEvents(new SectorCaseOpenedEvent(CITIZEN, "holstebro", SECOND_JOB_CASE, "jobcenter", DAY));
    }

    @Test
    void theCitizenNeedsAPlanOnlyOnce() {
        fixture.given(jobcenterOpened(),
                        new SectorCaseOpenedEvent(CITIZEN, "holstebro", SOCIAL_CASE, "social-services", DAY),
                        new PlanNeededEvent(CITIZEN, "holstebro", List.of("jobcenter", "social-services")))
                .when(new RecordCaseOpenedCommand(CITIZEN, "region-midt", PSYCHIATRY_CASE, "psychiatry", DAY))
                .expectEvents(new SectorCaseOpenedEvent(CITIZEN, "region-midt", PSYCHIATRY_CASE, "psychiatry", DAY));
    }

    @Test
    void aClosedCaseNoLongerCounts() {
        fixture.given(jobcenterOpened(), new SectorCaseClosedEvent(CITIZEN, JOB_CASE, "jobcenter", DAY))
                .when(new RecordCaseOpenedCommand(CITIZEN, "holstebro", SOCIAL_CASE, "social-services", DAY))
                .expectEvents(new SectorCaseOpenedEvent(CITIZEN, "holstebro", SOCIAL_CASE, "social-services", DAY));
    }

    @Test
    void closesAnOpenCase() {
        fixture.given(jobcenterOpened())
                .when(new RecordCaseClosedCommand(CITIZEN, JOB_CASE, DAY))
                .expectEvents(new SectorCaseClosedEvent(CITIZEN, JOB_CASE, "jobcenter", DAY));
    }

    @Test
    void theSameCaseOpenedTwiceChangesNothing() {
        fixture.given(jobcenterOpened())
                .when(new RecordCaseOpenedCommand(CITIZEN, "holstebro", JOB_CASE, "jobcenter", DAY.minusDays(10)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void closingAnUnknownCaseChangesNothing() {
        fixture.given(jobcenterOpened())
                .when(new RecordCaseClosedCommand(CITIZEN, SOCIAL_CASE, DAY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
