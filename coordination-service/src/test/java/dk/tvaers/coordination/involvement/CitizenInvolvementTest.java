package dk.tvaers.coordination.involvement;

import dk.tvaers.coordination.involvement.api.AwaitReceivingCaseCommand;
import dk.tvaers.coordination.involvement.api.ChangeSectorCaseworkerCommand;
import dk.tvaers.coordination.involvement.api.CoordinatorDesignatedEvent;
import dk.tvaers.coordination.involvement.api.CoordinatorNeededEvent;
import dk.tvaers.coordination.involvement.api.CoordinatorNeededEvent.Reason;
import dk.tvaers.coordination.involvement.api.DesignateCoordinatorCommand;
import dk.tvaers.coordination.involvement.api.EndSectorInvolvementCommand;
import dk.tvaers.coordination.involvement.api.ReceivingCaseAwaitedEvent;
import dk.tvaers.coordination.involvement.api.ReceivingCaseFoundEvent;
import dk.tvaers.coordination.involvement.api.RecordSectorInvolvementCommand;
import dk.tvaers.coordination.involvement.api.SectorCaseworkerChangedEvent;
import dk.tvaers.coordination.involvement.api.SectorInvolvedEvent;
import dk.tvaers.coordination.involvement.api.SectorInvolvementEndedEvent;
import dk.tvaers.coordination.involvement.command.CitizenInvolvement;
import dk.tvaers.platform.domain.ConflictException;
import dk.tvaers.platform.domain.RuleViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

class CitizenInvolvementTest {

    private static final UUID CITIZEN = UUID.fromString("0c6f6d1e-8a5b-4f7e-b0f4-3d2a9e6c1b22");
    private static final UUID JOB_CASE = UUID.fromString("9a1d7c3e-2b6f-4e58-8c0a-7f3b5d2e9c41");
    private static final UUID SOCIAL_CASE = UUID.fromString("7b2e1f4a-3c5d-4e6f-8a9b-0c1d2e3f4a5b");
    private static final UUID ADDICTION_CASE = UUID.fromString("6c3f2a5b-4d6e-4f7a-9b0c-1d2e3f4a5b6c");
    private static final UUID REFERRAL = UUID.fromString("8e6b2c8a-7f0d-4a3b-9c4e-8d1f2a3b4c02");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    private static final SectorInvolvedEvent JOBCENTER = new SectorInvolvedEvent(CITIZEN, "holstebro", "jobcenter",
            JOB_CASE, "jonas.job", DAY);
    private static final SectorInvolvedEvent SOCIAL = new SectorInvolvedEvent(CITIZEN, "holstebro",
            "social-services", SOCIAL_CASE, "sofie.social", DAY);
    private static final CoordinatorNeededEvent NEEDED = new CoordinatorNeededEvent(CITIZEN, "holstebro",
            Reason.NO_COORDINATOR, null, null, List.of("jobcenter", "social-services"));
    private static final CoordinatorDesignatedEvent SOFIE_COORDINATES = new CoordinatorDesignatedEvent(CITIZEN,
            "sofie.social", "social-services", "holstebro", null, null, "lene.leder");

    private AggregateTestFixture<CitizenInvolvement> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CitizenInvolvement.class);
    }

    @Test
    void theFirstCaseMakesItsSectorInvolved() {
        fixture.givenNoPriorActivity()
                .when(new RecordSectorInvolvementCommand(CITIZEN, "holstebro", "jobcenter", JOB_CASE, "jonas.job", DAY))
                .expectEvents(JOBCENTER);
    }

    @Test
    void aSecondSectorWithoutACoordinatorTellsTheTeamOneIsNeeded() {
        fixture.given(JOBCENTER)
                .when(new RecordSectorInvolvementCommand(CITIZEN, "holstebro", "social-services", SOCIAL_CASE,
                        "sofie.social", DAY))
                .expectEvents(SOCIAL, NEEDED);
    }

    @Test
    void aThirdSectorDoesNotRepeatTheNeed() {
        fixture.given(JOBCENTER, SOCIAL, NEEDED)
                .when(new RecordSectorInvolvementCommand(CITIZEN, "holstebro", "addiction-centre", ADDICTION_CASE,
                        "anna.misbrug", DAY))
                .expectEvents(new SectorInvolvedEvent(CITIZEN, "holstebro", "addiction-centre", ADDICTION_CASE,
                        "anna.misbrug", DAY));
    }

    @Test
    void aSecondSectorWithACoordinatorNeedsNobody() {
        fixture.given(SOCIAL, SOFIE_COORDINATES)
                .when(new RecordSectorInvolvementCommand(CITIZEN, "holstebro", "jobcenter", JOB_CASE, "jonas.job", DAY))
                .expectEvents(JOBCENTER);
    }

    @Test
    void theSameCaseTwiceChangesNothing() {
        fixture.given(JOBCENTER)
                .when(new RecordSectorInvolvementCommand(CITIZEN, "holstebro", "jobcenter", JOB_CASE, "jonas.job", DAY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aClosedCaseEndsItsSectorsInvolvement() {
        fixture.given(JOBCENTER, SOCIAL, SOFIE_COORDINATES)
                .when(new EndSectorInvolvementCommand(CITIZEN, "jobcenter", JOB_CASE, DAY.plusMonths(3)))
                .expectEvents(new SectorInvolvementEndedEvent(CITIZEN, "holstebro", "jobcenter", JOB_CASE,
                        "jonas.job", DAY.plusMonths(3)));
    }

    @Test
    void closingAnOlderCaseOfTheSectorChangesNothing() {
        fixture.given(JOBCENTER)
                .when(new EndSectorInvolvementCommand(CITIZEN, "jobcenter", UUID.randomUUID(), DAY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void whenTheCoordinatorsCaseClosesTheTeamIsToldANewOneIsNeeded() {
        fixture.given(JOBCENTER, SOCIAL, NEEDED, SOFIE_COORDINATES)
                .when(new EndSectorInvolvementCommand(CITIZEN, "social-services", SOCIAL_CASE, DAY.plusMonths(6)))
                .expectEvents(
                        new SectorInvolvementEndedEvent(CITIZEN, "holstebro", "social-services", SOCIAL_CASE,
                                "sofie.social", DAY.plusMonths(6)),
                        new CoordinatorNeededEvent(CITIZEN, "holstebro", Reason.COORDINATOR_CASE_CLOSED,
                                "sofie.social", "social-services", List.of("jobcenter")));
    }

    @Test
    void aTransferredCaseGetsItsNewCaseworker() {
        fixture.given(JOBCENTER)
                .when(new ChangeSectorCaseworkerCommand(CITIZEN, "jobcenter", JOB_CASE, "mette.job", DAY))
                .expectEvents(new SectorCaseworkerChangedEvent(CITIZEN, "holstebro", "jobcenter", JOB_CASE,
                        "jonas.job", "mette.job", DAY));
    }

    @Test
    void whenTheCoordinatorsCaseMovesToAnotherCaseworkerTheTeamIsToldANewOneIsNeeded() {
        fixture.given(JOBCENTER, SOCIAL, NEEDED, SOFIE_COORDINATES)
                .when(new ChangeSectorCaseworkerCommand(CITIZEN, "social-services", SOCIAL_CASE, "svend.social", DAY))
                .expectEvents(
                        new SectorCaseworkerChangedEvent(CITIZEN, "holstebro", "social-services", SOCIAL_CASE,
                                "sofie.social", "svend.social", DAY),
                        new CoordinatorNeededEvent(CITIZEN, "holstebro", Reason.COORDINATOR_CASE_TRANSFERRED,
                                "sofie.social", "social-services", List.of("jobcenter", "social-services")));
    }

    @Test
    void designatesTheCaseworkerOfAnInvolvedSector() {
        fixture.given(JOBCENTER, SOCIAL, NEEDED)
                .when(new DesignateCoordinatorCommand(CITIZEN, "sofie.social", null, "lene.leder"))
                .expectEvents(SOFIE_COORDINATES);
    }

    @Test
    void rejectsACoordinatorWhoHasNoCaseWithTheCitizen() {
        fixture.given(JOBCENTER, SOCIAL, NEEDED)
                .when(new DesignateCoordinatorCommand(CITIZEN, "anna.misbrug", null, "lene.leder"))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("The coordinator must be the responsible caseworker of an involved sector's open case.")
                .expectNoEvents();
    }

    @Test
    void handsOverToAnotherInvolvedCaseworkerWithAReason() {
        fixture.given(JOBCENTER, SOCIAL, NEEDED, SOFIE_COORDINATES)
                .when(new DesignateCoordinatorCommand(CITIZEN, "jonas.job", "Jobcentret har nu hovedindsatsen",
                        "sofie.social"))
                .expectEvents(new CoordinatorDesignatedEvent(CITIZEN, "jonas.job", "jobcenter", "holstebro",
                        "sofie.social", "Jobcentret har nu hovedindsatsen", "sofie.social"));
    }

    @Test
    void rejectsAHandOverWithoutAReason() {
        fixture.given(JOBCENTER, SOCIAL, NEEDED, SOFIE_COORDINATES)
                .when(new DesignateCoordinatorCommand(CITIZEN, "jonas.job", " ", "sofie.social"))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void designatingTheCurrentCoordinatorAgainIsAConflict() {
        fixture.given(JOBCENTER, SOCIAL, NEEDED, SOFIE_COORDINATES)
                .when(new DesignateCoordinatorCommand(CITIZEN, "sofie.social", "igen", "lene.leder"))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void afterTheCoordinatorsCaseClosedANewCoordinatorNeedsNoHandOverReason() {
        fixture.given(JOBCENTER, SOCIAL, NEEDED, SOFIE_COORDINATES,
                        new SectorInvolvementEndedEvent(CITIZEN, "holstebro", "social-services", SOCIAL_CASE,
                                "sofie.social", DAY),
                        new CoordinatorNeededEvent(CITIZEN, "holstebro", Reason.COORDINATOR_CASE_CLOSED,
                                "sofie.social", "social-services", List.of("jobcenter")))
                .when(new DesignateCoordinatorCommand(CITIZEN, "jonas.job", null, "jonas.job"))
                .expectEvents(new CoordinatorDesignatedEvent(CITIZEN, "jonas.job", "jobcenter", "holstebro", null, null,
                        "jonas.job"));
    }

    @Test
    void aReferralAcceptedByASectorWithAnOpenCaseFindsTheCaseAtOnce() {
        fixture.given(JOBCENTER, SOCIAL)
                .when(new AwaitReceivingCaseCommand(CITIZEN, REFERRAL, "social-services", "holstebro",
                        DAY.plusDays(2)))
                .expectEvents(new ReceivingCaseFoundEvent(CITIZEN, REFERRAL, "social-services", "holstebro",
                        SOCIAL_CASE, "sofie.social", DAY.plusDays(2)));
    }

    @Test
    void aReferralAcceptedByASectorWithoutACaseWaitsForIt() {
        fixture.given(JOBCENTER)
                .when(new AwaitReceivingCaseCommand(CITIZEN, REFERRAL, "addiction-centre", "holstebro", DAY))
                .expectEvents(new ReceivingCaseAwaitedEvent(CITIZEN, REFERRAL, "addiction-centre", "holstebro"));
    }

    @Test
    void theReceivingSectorsNewCaseIsFoundForTheReferralThatAwaitsIt() {
        fixture.given(JOBCENTER, new ReceivingCaseAwaitedEvent(CITIZEN, REFERRAL, "addiction-centre", "holstebro"))
                .when(new RecordSectorInvolvementCommand(CITIZEN, "holstebro", "addiction-centre", ADDICTION_CASE,
                        "anna.misbrug", DAY.plusDays(5)))
                .expectEvents(new SectorInvolvedEvent(CITIZEN, "holstebro", "addiction-centre", ADDICTION_CASE,
                                "anna.misbrug", DAY.plusDays(5)),
                        new CoordinatorNeededEvent(CITIZEN, "holstebro", Reason.NO_COORDINATOR, null, null,
                                List.of("jobcenter", "addiction-centre")),
                        new ReceivingCaseFoundEvent(CITIZEN, REFERRAL, "addiction-centre", "holstebro",
                                ADDICTION_CASE, "anna.misbrug", DAY.plusDays(5)));
    }

    @Test
    void aCaseOfTheSameSectorInAnotherOrganisationIsNotTheReceivingCase() {
        fixture.given(new ReceivingCaseAwaitedEvent(CITIZEN, REFERRAL, "addiction-centre", "holstebro"))
                .when(new RecordSectorInvolvementCommand(CITIZEN, "struer", "addiction-centre", ADDICTION_CASE,
                        "asger.misbrug", DAY))
                .expectEvents(new SectorInvolvedEvent(CITIZEN, "struer", "addiction-centre", ADDICTION_CASE,
                        "asger.misbrug", DAY));
    }

    @Test
    void aReferralAcceptedBeforeTheCitizensFirstCaseWaits() {
        fixture.givenNoPriorActivity()
                .when(new AwaitReceivingCaseCommand(CITIZEN, REFERRAL, "psychiatry", "region-midt", DAY))
                .expectEvents(new ReceivingCaseAwaitedEvent(CITIZEN, REFERRAL, "psychiatry", "region-midt"));
    }

    @Test
    void aReferralIsAwaitedOnceWhenToldTwice() {
        fixture.given(new ReceivingCaseAwaitedEvent(CITIZEN, REFERRAL, "psychiatry", "region-midt"))
                .when(new AwaitReceivingCaseCommand(CITIZEN, REFERRAL, "psychiatry", "region-midt", DAY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
