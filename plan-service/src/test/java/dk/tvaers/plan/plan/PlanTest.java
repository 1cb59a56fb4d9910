package dk.tvaers.plan.plan;

import dk.tvaers.plan.followup.api.ChangeFollowUpFrequencyCommand;
import dk.tvaers.plan.followup.api.FollowUpBroughtForwardEvent;
import dk.tvaers.plan.followup.api.FollowUpDueEvent;
import dk.tvaers.plan.followup.api.FollowUpFrequencyChangedEvent;
import dk.tvaers.plan.followup.api.FollowUpOverdueEvent;
import dk.tvaers.plan.followup.api.FollowUpRecordedEvent;
import dk.tvaers.plan.followup.api.Participant;
import dk.tvaers.plan.followup.api.ProposeFollowUpCommand;
import dk.tvaers.plan.followup.api.Reading;
import dk.tvaers.plan.followup.api.ReadingTrend;
import dk.tvaers.plan.followup.api.Trend;
import dk.tvaers.plan.followup.api.RecordFollowUpCommand;
import dk.tvaers.plan.plan.api.AchieveSubGoalCommand;
import dk.tvaers.plan.plan.api.ActivityAddedEvent;
import dk.tvaers.plan.plan.api.ActivityEndedEvent;
import dk.tvaers.plan.plan.api.ActivityKind;
import dk.tvaers.plan.plan.api.AddActivityCommand;
import dk.tvaers.plan.plan.api.AddGoalCommand;
import dk.tvaers.plan.plan.api.AddSubGoalCommand;
import dk.tvaers.plan.plan.api.ChangeDreamCommand;
import dk.tvaers.plan.plan.api.ChangeGoalCommand;
import dk.tvaers.plan.plan.api.ChangeSubGoalCommand;
import dk.tvaers.plan.plan.api.CreatePlanCommand;
import dk.tvaers.plan.plan.api.Direction;
import dk.tvaers.plan.plan.api.DreamChangedEvent;
import dk.tvaers.plan.plan.api.DropSubGoalCommand;
import dk.tvaers.plan.plan.api.EndActivityCommand;
import dk.tvaers.plan.plan.api.GoalAddedEvent;
import dk.tvaers.plan.plan.api.GoalChangedEvent;
import dk.tvaers.plan.plan.api.LifeArea;
import dk.tvaers.plan.plan.api.Measurement;
import dk.tvaers.plan.plan.api.MeasurementKind;
import dk.tvaers.plan.plan.api.PlanCreatedEvent;
import dk.tvaers.plan.plan.api.PlanIds;
import dk.tvaers.plan.plan.api.SubGoalAchievedEvent;
import dk.tvaers.plan.plan.api.SubGoalAddedEvent;
import dk.tvaers.plan.plan.api.SubGoalChangedEvent;
import dk.tvaers.plan.plan.api.SubGoalDroppedEvent;
import dk.tvaers.plan.plan.command.Plan;
import dk.tvaers.plan.plan.command.PlanCalendar;
import dk.tvaers.platform.domain.NotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static dk.tvaers.plan.plan.Rejections.conflict;
import static dk.tvaers.plan.plan.Rejections.violates;

/** The rules of the citizen's one plan, given / when / then. */
class PlanTest {

    static final UUID CITIZEN = UUID.fromString("0c6f6d1e-8a5b-4f7e-b0f4-3d2a9e6c1b22");
    static final UUID PLAN = PlanIds.planIdOf(CITIZEN);
    static final String ORG = "holstebro";
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Instant NOW = PlanCalendar.startOf(TODAY).plusSeconds(9 * 3600);
    static final UUID GOAL = UUID.fromString("6a2b4c8d-0e1f-4a3b-9c5d-7e9f1a3b5c7d");
    static final UUID BEER = UUID.fromString("3c1e5a7b-9d2f-4e6a-8b0c-1d3f5a7b9c2e");
    static final UUID JOB = UUID.fromString("4d2f6b8c-0e3a-4f7b-9c1d-2e4a6b8c0d3f");
    static final UUID COURSE = UUID.fromString("7f3a5c9e-1b4d-4a8c-b2e6-3f5a7c9e1b4d");
    static final UUID FOLLOW_UP = UUID.fromString("8e4f2a6c-1b3d-4f5e-a7c9-0b2d4f6a8c1e");
    static final Measurement BEERS = new Measurement(MeasurementKind.FIGURE, new BigDecimal("12"),
            new BigDecimal("8"), "øl om dagen", Direction.LOWER_IS_BETTER);
    static final Measurement SCALE = new Measurement(MeasurementKind.SCALE_1_TO_10, new BigDecimal("3"),
            new BigDecimal("7"), null, null);
    static final List<Participant> MEETING = List.of(new Participant("Mette", "borger"),
            new Participant("Sofie Sørensen", "social-services"));

    AggregateTestFixture<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Plan.class);
    }

    TestExecutor<Plan> givenAPlan(Object... more) {
        return fixture.givenCurrentTime(NOW).andGiven(created(3)).andGiven(more);
    }

    static PlanCreatedEvent created(int months) {
        return new PlanCreatedEvent(PLAN, CITIZEN, ORG, "sofie.social", "social-services", false,
                "Jeg vil være jurist", months, TODAY, TODAY.plusMonths(months));
    }

    static GoalAddedEvent goalAdded() {
        return new GoalAddedEvent(PLAN, CITIZEN, ORG, GOAL, "Få styr på mit liv", "sofie.social", "social-services");
    }

    static SubGoalAddedEvent beerSubGoal() {
        return new SubGoalAddedEvent(PLAN, CITIZEN, ORG, BEER, GOAL, "Drikke 8 øl om dagen i stedet for 12",
                "addiction-centre", 1, TODAY.plusMonths(3), LifeArea.HEALTH, BEERS, TODAY, "anna.misbrug");
    }

    static SubGoalAddedEvent jobSubGoal() {
        return new SubGoalAddedEvent(PLAN, CITIZEN, ORG, JOB, GOAL, "Møde op i praktik to dage om ugen", "jobcenter",
                2, TODAY.plusMonths(4), LifeArea.COMMUNITY_LIFE, SCALE, TODAY, "jonas.job");
    }

    static AddSubGoalCommand addBeerSubGoal() {
        return new AddSubGoalCommand(PLAN, BEER, GOAL, "Drikke 8 øl om dagen i stedet for 12", "addiction-centre", 1,
                TODAY.plusMonths(3), LifeArea.HEALTH, BEERS, "anna.misbrug");
    }

    static AddSubGoalCommand addBeerSubGoal(Measurement measurement) {
        return new AddSubGoalCommand(PLAN, BEER, GOAL, "Drikke 8 øl om dagen i stedet for 12", "addiction-centre", 1,
                TODAY.plusMonths(3), LifeArea.HEALTH, measurement, "anna.misbrug");
    }

    static RecordFollowUpCommand followUp(LocalDate heldOn, List<Reading> readings, LocalDate nextDueOn) {
        return new RecordFollowUpCommand(PLAN, FOLLOW_UP, heldOn, MEETING, readings, 4, "Det går bedre",
                "Færre øl i weekenden", nextDueOn, "sofie.social", "social-services");
    }

    @Nested
    class CreatingThePlan {

        @Test
        void createsThePlanWithAQuarterlyFollowUpByDefault() {
            fixture.givenCurrentTime(NOW)
                    .when(new CreatePlanCommand(PLAN, CITIZEN, ORG, "sofie.social", "social-services", false,
                            "Jeg vil være jurist", null))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(created(3))
                    .expectScheduledDeadline(PlanCalendar.startOf(TODAY.plusMonths(3)),
                            new Plan.FollowUpDeadline(TODAY.plusMonths(3)));
        }

        @Test
        void followsUpAtTheFrequencyChosen() {
            fixture.givenCurrentTime(NOW)
                    .when(new CreatePlanCommand(PLAN, CITIZEN, ORG, "sofie.social", "social-services", false,
                            "Jeg vil være jurist", 1))
                    .expectEvents(created(1));
        }

        @Test
        void rejectsAFollowUpFrequencyBeyondTheLawsYearlyMinimum() {
            fixture.givenCurrentTime(NOW)
                    .when(new CreatePlanCommand(PLAN, CITIZEN, ORG, "sofie.social", "social-services", false, null,
                            13))
                    .expectException(violates("followUpFrequencyMonths", "plan.follow-up-frequency-out-of-range"))
                    .expectNoEvents();
        }

        @Test
        void refusesASecondPlanForTheSameCitizen() {
            givenAPlan()
                    .when(new CreatePlanCommand(PLAN, CITIZEN, ORG, "jonas.job", "jobcenter", false, null, null))
                    .expectException(conflict("plan.already-exists", null))
                    .expectNoEvents();
        }

        @Test
        void leavesTheExistingPlanAsItIsWhenTheSecondSectorTriggersOne() {
            givenAPlan()
                    .when(new CreatePlanCommand(PLAN, CITIZEN, ORG, CreatePlanCommand.SYSTEM, null, true, null, 3))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void rejectsAPlanIdThatIsNotDerivedFromTheCitizen() {
            fixture.givenCurrentTime(NOW)
                    .when(new CreatePlanCommand(UUID.randomUUID(), CITIZEN, ORG, "sofie.social", "social-services",
                            false, null, null))
                    .expectException(violates("planId", "plan.id-not-of-citizen"));
        }
    }

    @Nested
    class TheCitizensVoice {

        @Test
        void writesDownTheDreamInTheCitizensOwnWords() {
            givenAPlan()
                    .when(new ChangeDreamCommand(PLAN, "Jeg vil være jurist og have min egen lejlighed",
                            "Borgeren tilføjede boligen", "sofie.social", "social-services"))
                    .expectEvents(new DreamChangedEvent(PLAN, CITIZEN, ORG,
                            "Jeg vil være jurist og have min egen lejlighed", "Borgeren tilføjede boligen",
                            "sofie.social", "social-services"));
        }

        @Test
        void theSameDreamAgainChangesNothing() {
            givenAPlan()
                    .when(new ChangeDreamCommand(PLAN, "Jeg vil være jurist", null, "sofie.social", "social-services"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void rejectsAnEmptyDream() {
            givenAPlan()
                    .when(new ChangeDreamCommand(PLAN, " ", null, "sofie.social", "social-services"))
                    .expectException(violates("dream", "plan.dream-required"));
        }

        @Test
        void addsAnOverallGoalInTheCitizensWords() {
            givenAPlan()
                    .when(new AddGoalCommand(PLAN, GOAL, "Få styr på mit liv", "sofie.social", "social-services"))
                    .expectEvents(goalAdded());
        }

        @Test
        void addingTheSameGoalAgainChangesNothing() {
            givenAPlan(goalAdded())
                    .when(new AddGoalCommand(PLAN, GOAL, "Få styr på mit liv", "sofie.social", "social-services"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void refusesAnotherGoalUnderAnIdInUse() {
            givenAPlan(goalAdded())
                    .when(new AddGoalCommand(PLAN, GOAL, "Noget helt andet", "sofie.social", "social-services"))
                    .expectException(conflict("plan.goal-exists", null));
        }

        @Test
        void rewordsAGoalSayingWhy() {
            givenAPlan(goalAdded())
                    .when(new ChangeGoalCommand(PLAN, GOAL, "Få styr på min økonomi", "Aftalt på mødet",
                            "sofie.social", "social-services"))
                    .expectEvents(new GoalChangedEvent(PLAN, CITIZEN, ORG, GOAL, "Få styr på min økonomi",
                            "Aftalt på mødet", "sofie.social", "social-services"));
        }

        @Test
        void rejectsAGoalWithoutWords() {
            givenAPlan()
                    .when(new AddGoalCommand(PLAN, GOAL, " ", "sofie.social", "social-services"))
                    .expectException(violates("text", "plan.goal-text-required"))
                    .expectNoEvents();
        }

        @Test
        void rejectsRewordingAGoalIntoNothing() {
            givenAPlan(goalAdded())
                    .when(new ChangeGoalCommand(PLAN, GOAL, "", "Borgeren er i tvivl", "sofie.social",
                            "social-services"))
                    .expectException(violates("text", "plan.goal-text-required"))
                    .expectNoEvents();
        }

        @Test
        void rewordingAGoalThePlanDoesNotHaveIsNotFound() {
            givenAPlan()
                    .when(new ChangeGoalCommand(PLAN, GOAL, "Få styr på min økonomi", null, "sofie.social",
                            "social-services"))
                    .expectException(NotFoundException.class);
        }
    }

    @Nested
    class SubGoals {

        @Test
        void addsASubGoalThatOneSectorOwns() {
            givenAPlan(goalAdded())
                    .when(addBeerSubGoal())
                    .expectEvents(beerSubGoal());
        }

        @Test
        void addingTheSameSubGoalAgainChangesNothing() {
            givenAPlan(goalAdded(), beerSubGoal())
                    .when(addBeerSubGoal())
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void refusesAnotherSubGoalUnderAnIdInUse() {
            givenAPlan(goalAdded(), beerSubGoal())
                    .when(new AddSubGoalCommand(PLAN, BEER, GOAL, "Noget andet", "jobcenter", 1,
                            TODAY.plusMonths(3), LifeArea.HEALTH, BEERS, "jonas.job"))
                    .expectException(conflict("plan.sub-goal-exists", 1L));
        }

        @Test
        void rejectsASubGoalUnderAnUnknownGoal() {
            givenAPlan()
                    .when(addBeerSubGoal())
                    .expectException(violates("goalId", "plan.unknown-goal"));
        }

        @Test
        void rejectsASubGoalDueInThePast() {
            givenAPlan(goalAdded())
                    .when(new AddSubGoalCommand(PLAN, BEER, GOAL, "Drikke mindre", "addiction-centre", 1,
                            TODAY.minusDays(1), LifeArea.HEALTH, BEERS, "anna.misbrug"))
                    .expectException(violates("dueOn", "plan.due-in-past"));
        }

        @Test
        void rejectsASubGoalOwnedByNoSector() {
            givenAPlan(goalAdded())
                    .when(new AddSubGoalCommand(PLAN, BEER, GOAL, "Drikke mindre", null, 1, TODAY.plusMonths(3),
                            LifeArea.HEALTH, BEERS, "anna.misbrug"))
                    .expectException(violates("owningSector", "plan.unknown-sector"))
                    .expectNoEvents();
        }

        @Test
        void rejectsASubGoalOwnedBySomethingThatIsNotASectorCode() {
            givenAPlan(goalAdded())
                    .when(new AddSubGoalCommand(PLAN, BEER, GOAL, "Drikke mindre", "Misbrugscentret", 1,
                            TODAY.plusMonths(3), LifeArea.HEALTH, BEERS, "anna.misbrug"))
                    .expectException(violates("owningSector", "plan.unknown-sector"));
        }

        @Test
        void rejectsASubGoalWithoutADescription() {
            givenAPlan(goalAdded())
                    .when(new AddSubGoalCommand(PLAN, BEER, GOAL, "  ", "addiction-centre", 1, TODAY.plusMonths(3),
                            LifeArea.HEALTH, BEERS, "anna.misbrug"))
                    .expectException(violates("description", "plan.sub-goal-description-required"))
                    .expectNoEvents();
        }

        @Test
        void rejectsASubGoalWithoutADueDate() {
            givenAPlan(goalAdded())
                    .when(new AddSubGoalCommand(PLAN, BEER, GOAL, "Drikke mindre", "addiction-centre", 1, null,
                            LifeArea.HEALTH, BEERS, "anna.misbrug"))
                    .expectException(violates("dueOn", "plan.due-date-required"));
        }

        @Test
        void rejectsASubGoalWithoutALifeArea() {
            givenAPlan(goalAdded())
                    .when(new AddSubGoalCommand(PLAN, BEER, GOAL, "Drikke mindre", "addiction-centre", 1,
                            TODAY.plusMonths(3), null, BEERS, "anna.misbrug"))
                    .expectException(violates("lifeArea", "plan.life-area-required"));
        }

        @Test
        void rejectsASubGoalWithoutAMeasure() {
            givenAPlan(goalAdded())
                    .when(addBeerSubGoal(null))
                    .expectException(violates("measurement.kind", "plan.measurement-required"));
        }

        @Test
        void rejectsAMeasureOfNoKind() {
            givenAPlan(goalAdded())
                    .when(addBeerSubGoal(new Measurement(null, new BigDecimal("12"), new BigDecimal("8"),
                            "øl om dagen", Direction.LOWER_IS_BETTER)))
                    .expectException(violates("measurement.kind", "plan.measurement-required"));
        }

        @Test
        void rejectsAnAdjustmentThatLeavesOutTheDescription() {
            givenAPlan(goalAdded(), beerSubGoal())
                    .when(new ChangeSubGoalCommand(PLAN, BEER, 1, "", 1, TODAY.plusMonths(4), LifeArea.HEALTH,
                            BEERS, "Mindre skridt", "anna.misbrug", "addiction-centre"))
                    .expectException(violates("description", "plan.sub-goal-description-required"))
                    .expectNoEvents();
        }

        @Test
        void rejectsAnAdjustmentThatLeavesOutTheDueDate() {
            givenAPlan(goalAdded(), beerSubGoal())
                    .when(new ChangeSubGoalCommand(PLAN, BEER, 1, "Drikke 10 øl", 1, null, LifeArea.HEALTH, BEERS,
                            "Mindre skridt", "anna.misbrug", "addiction-centre"))
                    .expectException(violates("dueOn", "plan.due-date-required"));
        }

        @Test
        void rejectsAnAdjustmentThatLeavesOutTheLifeArea() {
            givenAPlan(goalAdded(), beerSubGoal())
                    .when(new ChangeSubGoalCommand(PLAN, BEER, 1, "Drikke 10 øl", 1, TODAY.plusMonths(4), null,
                            BEERS, "Mindre skridt", "anna.misbrug", "addiction-centre"))
                    .expectException(violates("lifeArea", "plan.life-area-required"));
        }

        @Test
        void rejectsAnAdjustmentThatLeavesOutTheMeasure() {
            givenAPlan(goalAdded(), beerSubGoal())
                    .when(new ChangeSubGoalCommand(PLAN, BEER, 1, "Drikke 10 øl", 1, TODAY.plusMonths(4),
                            LifeArea.HEALTH, null, "Mindre skridt", "anna.misbrug", "addiction-centre"))
                    .expectException(violates("measurement.kind", "plan.measurement-required"));
        }

        @Test
        void adjustingASubGoalThePlanDoesNotHaveIsNotFound() {
            givenAPlan(goalAdded())
                    .when(new ChangeSubGoalCommand(PLAN, BEER, 1, "Drikke 10 øl", 1, TODAY.plusMonths(4),
                            LifeArea.HEALTH, BEERS, "Mindre skridt", "anna.misbrug", "addiction-centre"))
                    .expectException(NotFoundException.class);
        }

        @Test
        void rejectsAPriorityOutsideOneToNinetyNine() {
            givenAPlan(goalAdded())
                    .when(new AddSubGoalCommand(PLAN, BEER, GOAL, "Drikke mindre", "addiction-centre", 0,
                            TODAY.plusMonths(1), LifeArea.HEALTH, BEERS, "anna.misbrug"))
                    .expectException(violates("priority", "plan.priority-out-of-range"));
        }

        @Test
        void rejectsATargetOutsideTheOneToTenScale() {
            givenAPlan(goalAdded())
                    .when(addBeerSubGoal(new Measurement(MeasurementKind.SCALE_1_TO_10, null, new BigDecimal("11"),
                            null, null)))
                    .expectException(violates("measurement.target", "plan.measurement-out-of-range"));
        }

        @Test
        void rejectsAFunctioningLevelAboveFour() {
            givenAPlan(goalAdded())
                    .when(addBeerSubGoal(new Measurement(MeasurementKind.FUNCTIONING_LEVEL, new BigDecimal("5"),
                            new BigDecimal("2"), null, null)))
                    .expectException(violates("measurement.baseline", "plan.measurement-out-of-range"));
        }

        @Test
        void rejectsAFigureWithoutAUnit() {
            givenAPlan(goalAdded())
                    .when(addBeerSubGoal(new Measurement(MeasurementKind.FIGURE, new BigDecimal("12"),
                            new BigDecimal("8"), null, Direction.LOWER_IS_BETTER)))
                    .expectException(violates("measurement.unit", "plan.figure-unit-required"));
        }

        @Test
        void rejectsAFigureWithoutADirection() {
            givenAPlan(goalAdded())
                    .when(addBeerSubGoal(new Measurement(MeasurementKind.FIGURE, new BigDecimal("12"),
                            new BigDecimal("8"), "øl om dagen", null)))
                    .expectException(violates("measurement.direction", "plan.figure-direction-required"));
        }

        @Test
        void rejectsADirectionAgainstTheScale() {
            givenAPlan(goalAdded())
                    .when(addBeerSubGoal(new Measurement(MeasurementKind.SCALE_1_TO_10, null, new BigDecimal("8"),
                            null, Direction.LOWER_IS_BETTER)))
                    .expectException(violates("measurement.direction", "plan.direction-fixed-by-kind"));
        }

        @Test
        void adjustsASubGoalAtTheVersionItWasReadAt() {
            givenAPlan(goalAdded(), beerSubGoal())
                    .when(new ChangeSubGoalCommand(PLAN, BEER, 1, "Drikke 10 øl om dagen i stedet for 12", 1,
                            TODAY.plusMonths(4), LifeArea.HEALTH, BEERS, "Mindre skridt ad gangen", "anna.misbrug",
                            "addiction-centre"))
                    .expectEvents(new SubGoalChangedEvent(PLAN, CITIZEN, ORG, BEER, "addiction-centre", 2,
                            "Drikke 10 øl om dagen i stedet for 12", 1, TODAY.plusMonths(4), LifeArea.HEALTH, BEERS,
                            TODAY, "Mindre skridt ad gangen", "anna.misbrug", "addiction-centre"));
        }

        @Test
        void refusesAnAdjustmentMadeOnAStaleVersionAndTellsTheCurrentOne() {
            givenAPlan(goalAdded(), beerSubGoal(), new SubGoalChangedEvent(PLAN, CITIZEN, ORG, BEER,
                    "addiction-centre", 2, "Drikke 10 øl", 1, TODAY.plusMonths(4), LifeArea.HEALTH, BEERS, TODAY,
                    "Mindre skridt", "anna.misbrug", "addiction-centre"))
                    .when(new ChangeSubGoalCommand(PLAN, BEER, 1, "Drikke 6 øl", 1, TODAY.plusMonths(4),
                            LifeArea.HEALTH, BEERS, "Større skridt", "peter.psyk", "addiction-centre"))
                    .expectException(conflict("plan.sub-goal-stale", 2L))
                    .expectNoEvents();
        }

        @Test
        void sectorsAdjustingDifferentSubGoalsDoNotConflict() {
            givenAPlan(goalAdded(), beerSubGoal(), jobSubGoal(), new SubGoalChangedEvent(PLAN, CITIZEN, ORG, BEER,
                    "addiction-centre", 2, "Drikke 10 øl", 1, TODAY.plusMonths(4), LifeArea.HEALTH, BEERS, TODAY,
                    "Mindre skridt", "anna.misbrug", "addiction-centre"))
                    .when(new ChangeSubGoalCommand(PLAN, JOB, 1, "Møde op i praktik tre dage om ugen", 2,
                            TODAY.plusMonths(4), LifeArea.COMMUNITY_LIFE, SCALE, "Det går godt", "jonas.job",
                            "jobcenter"))
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(2L);
        }

        @Test
        void keepsAPassedDueDateWhenAdjustingSomethingElse() {
            givenAPlan(goalAdded(), new SubGoalAddedEvent(PLAN, CITIZEN, ORG, BEER, GOAL, "Drikke mindre",
                    "addiction-centre", 1, TODAY.minusDays(3), LifeArea.HEALTH, BEERS, TODAY.minusMonths(1),
                    "anna.misbrug"))
                    .when(new ChangeSubGoalCommand(PLAN, BEER, 1, "Drikke meget mindre", 1, TODAY.minusDays(3),
                            LifeArea.HEALTH, BEERS, "Tydeligere", "anna.misbrug", "addiction-centre"))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void rejectsAnAdjustmentWithoutAReason() {
            givenAPlan(goalAdded(), beerSubGoal())
                    .when(new ChangeSubGoalCommand(PLAN, BEER, 1, "Drikke 10 øl", 1, TODAY.plusMonths(4),
                            LifeArea.HEALTH, BEERS, "", "anna.misbrug", "addiction-centre"))
                    .expectException(violates("reason", "plan.reason-required"));
        }

        @Test
        void achievesASubGoal() {
            givenAPlan(goalAdded(), beerSubGoal())
                    .when(new AchieveSubGoalCommand(PLAN, BEER, 1, null, "Nået før tid", "anna.misbrug",
                            "addiction-centre"))
                    .expectEvents(new SubGoalAchievedEvent(PLAN, CITIZEN, ORG, BEER, "addiction-centre", 2, TODAY,
                            "Nået før tid", "anna.misbrug", "addiction-centre"));
        }

        @Test
        void rejectsAnAchievementInTheFuture() {
            givenAPlan(goalAdded(), beerSubGoal())
                    .when(new AchieveSubGoalCommand(PLAN, BEER, 1, TODAY.plusDays(1), null, "anna.misbrug",
                            "addiction-centre"))
                    .expectException(violates("achievedOn", "plan.achieved-in-future"));
        }

        @Test
        void rejectsAnAchievementBeforeThePlanWasMade() {
            givenAPlan(goalAdded(), beerSubGoal())
                    .when(new AchieveSubGoalCommand(PLAN, BEER, 1, TODAY.minusDays(1), null, "anna.misbrug",
                            "addiction-centre"))
                    .expectException(violates("achievedOn", "plan.achieved-before-plan"))
                    .expectNoEvents();
        }

        @Test
        void achievingOnAStaleVersionIsAConflictWithTheCurrentOne() {
            givenAPlan(goalAdded(), beerSubGoal(), new SubGoalChangedEvent(PLAN, CITIZEN, ORG, BEER,
                    "addiction-centre", 2, "Drikke 10 øl", 1, TODAY.plusMonths(4), LifeArea.HEALTH, BEERS, TODAY,
                    "Mindre skridt", "anna.misbrug", "addiction-centre"))
                    .when(new AchieveSubGoalCommand(PLAN, BEER, 1, null, null, "anna.misbrug", "addiction-centre"))
                    .expectException(conflict("plan.sub-goal-stale", 2L));
        }

        @Test
        void anAchievedSubGoalChangesNoMore() {
            givenAPlan(goalAdded(), beerSubGoal(), new SubGoalAchievedEvent(PLAN, CITIZEN, ORG, BEER,
                    "addiction-centre", 2, TODAY, null, "anna.misbrug", "addiction-centre"))
                    .when(new DropSubGoalCommand(PLAN, BEER, 2, "Alligevel ikke", "anna.misbrug",
                            "addiction-centre"))
                    .expectException(violates("subGoalId", "plan.sub-goal-closed"));
        }

        @Test
        void dropsASubGoalSayingWhy() {
            givenAPlan(goalAdded(), jobSubGoal())
                    .when(new DropSubGoalCommand(PLAN, JOB, 1, "Praktikstedet lukkede", "jonas.job", "jobcenter"))
                    .expectEvents(new SubGoalDroppedEvent(PLAN, CITIZEN, ORG, JOB, "jobcenter", 2, TODAY,
                            "Praktikstedet lukkede", "jonas.job", "jobcenter"));
        }

        @Test
        void rejectsDroppingWithoutAReason() {
            givenAPlan(goalAdded(), jobSubGoal())
                    .when(new DropSubGoalCommand(PLAN, JOB, 1, null, "jonas.job", "jobcenter"))
                    .expectException(violates("reason", "plan.reason-required"));
        }
    }

    @Nested
    class Activities {

        static AddActivityCommand course(List<UUID> subGoals, LocalDate endsOn) {
            return new AddActivityCommand(PLAN, COURSE, ActivityKind.GROUP_COURSE, "Gruppeforløb: Trang og vaner",
                    "addiction-centre", "Misbrugscenter Holstebro", null, TODAY, endsOn, subGoals, "anna.misbrug");
        }

        @Test
        void linksAnActivityToTheSubGoalsItServes() {
            givenAPlan(goalAdded(), beerSubGoal())
                    .when(course(List.of(BEER), TODAY.plusMonths(3)))
                    .expectEvents(new ActivityAddedEvent(PLAN, CITIZEN, ORG, COURSE, ActivityKind.GROUP_COURSE,
                            "Gruppeforløb: Trang og vaner", "addiction-centre", "Misbrugscenter Holstebro", null,
                            TODAY, TODAY.plusMonths(3), List.of(BEER), "anna.misbrug"));
        }

        @Test
        void rejectsAnActivityThatServesNoSubGoal() {
            givenAPlan(goalAdded(), beerSubGoal())
                    .when(course(List.of(), null))
                    .expectException(violates("subGoalIds", "plan.activity-serves-no-sub-goal"));
        }

        @Test
        void rejectsAnActivityForAnUnknownSubGoal() {
            givenAPlan(goalAdded(), beerSubGoal())
                    .when(course(List.of(JOB), null))
                    .expectException(violates("subGoalIds", "plan.unknown-sub-goal"));
        }

        @Test
        void rejectsAnActivityForADroppedSubGoal() {
            givenAPlan(goalAdded(), beerSubGoal(), new SubGoalDroppedEvent(PLAN, CITIZEN, ORG, BEER,
                    "addiction-centre", 2, TODAY, "Ikke længere aktuelt", "anna.misbrug", "addiction-centre"))
                    .when(course(List.of(BEER), null))
                    .expectException(violates("subGoalIds", "plan.sub-goal-closed"));
        }

        @Test
        void rejectsAnActivityEndingBeforeItStarts() {
            givenAPlan(goalAdded(), beerSubGoal())
                    .when(course(List.of(BEER), TODAY.minusDays(1)))
                    .expectException(violates("endsOn", "plan.activity-ends-before-start"));
        }

        @Test
        void endsAnActivity() {
            givenAPlan(goalAdded(), beerSubGoal(), new ActivityAddedEvent(PLAN, CITIZEN, ORG, COURSE,
                    ActivityKind.GROUP_COURSE, "Gruppeforløb", "addiction-centre", null, null, TODAY, null,
                    List.of(BEER), "anna.misbrug"))
                    .when(new EndActivityCommand(PLAN, COURSE, null, "Forløbet er slut", "anna.misbrug",
                            "addiction-centre"))
                    .expectEvents(new ActivityEndedEvent(PLAN, CITIZEN, ORG, COURSE, "addiction-centre", TODAY,
                            "Forløbet er slut", "anna.misbrug"));
        }

        static ActivityAddedEvent courseAdded() {
            return new ActivityAddedEvent(PLAN, CITIZEN, ORG, COURSE, ActivityKind.GROUP_COURSE,
                    "Gruppeforløb: Trang og vaner", "addiction-centre", "Misbrugscenter Holstebro", null, TODAY,
                    TODAY.plusMonths(3), List.of(BEER), "anna.misbrug");
        }

        static AddActivityCommand activity(ActivityKind kind, String title, String sector, LocalDate startsOn) {
            return new AddActivityCommand(PLAN, COURSE, kind, title, sector, null, null, startsOn, null,
                    List.of(BEER), "anna.misbrug");
        }

        @Test
        void addingTheSameActivityAgainChangesNothing() {
            givenAPlan(goalAdded(), beerSubGoal(), courseAdded())
                    .when(course(List.of(BEER), TODAY.plusMonths(3)))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void refusesAnotherActivityUnderAnIdInUse() {
            givenAPlan(goalAdded(), beerSubGoal(), courseAdded())
                    .when(course(List.of(BEER), TODAY.plusMonths(6)))
                    .expectException(conflict("plan.activity-exists", null))
                    .expectNoEvents();
        }

        @Test
        void rejectsAnActivityOfNoKind() {
            givenAPlan(goalAdded(), beerSubGoal())
                    .when(activity(null, "Gruppeforløb: Trang og vaner", "addiction-centre", TODAY))
                    .expectException(violates("kind", "plan.activity-kind-required"))
                    .expectNoEvents();
        }

        @Test
        void rejectsAnActivityWithoutATitle() {
            givenAPlan(goalAdded(), beerSubGoal())
                    .when(activity(ActivityKind.GROUP_COURSE, " ", "addiction-centre", TODAY))
                    .expectException(violates("title", "plan.activity-title-required"));
        }

        @Test
        void rejectsAnActivityGivenByNoSector() {
            givenAPlan(goalAdded(), beerSubGoal())
                    .when(activity(ActivityKind.GROUP_COURSE, "Gruppeforløb: Trang og vaner", null, TODAY))
                    .expectException(violates("sector", "plan.unknown-sector"));
        }

        @Test
        void rejectsAnActivityWithoutAStartDate() {
            givenAPlan(goalAdded(), beerSubGoal())
                    .when(activity(ActivityKind.GROUP_COURSE, "Gruppeforløb: Trang og vaner", "addiction-centre",
                            null))
                    .expectException(violates("startsOn", "plan.activity-start-required"));
        }

        @Test
        void endsAnActivityOnTheDayGiven() {
            givenAPlan(goalAdded(), beerSubGoal(), courseAdded())
                    .when(new EndActivityCommand(PLAN, COURSE, TODAY.plusDays(14), null, "anna.misbrug",
                            "addiction-centre"))
                    .expectEvents(new ActivityEndedEvent(PLAN, CITIZEN, ORG, COURSE, "addiction-centre",
                            TODAY.plusDays(14), null, "anna.misbrug"));
        }

        @Test
        void anActivityEndsOnlyOnce() {
            givenAPlan(goalAdded(), beerSubGoal(), courseAdded(), new ActivityEndedEvent(PLAN, CITIZEN, ORG, COURSE,
                    "addiction-centre", TODAY, "Forløbet er slut", "anna.misbrug"))
                    .when(new EndActivityCommand(PLAN, COURSE, null, "Igen", "anna.misbrug", "addiction-centre"))
                    .expectException(violates("activityId", "plan.activity-ended"))
                    .expectNoEvents();
        }

        @Test
        void rejectsEndingAnActivityBeforeItStarted() {
            givenAPlan(goalAdded(), beerSubGoal(), courseAdded())
                    .when(new EndActivityCommand(PLAN, COURSE, TODAY.minusDays(1), null, "anna.misbrug",
                            "addiction-centre"))
                    .expectException(violates("endedOn", "plan.activity-ends-before-start"));
        }

        @Test
        void endingAnActivityThePlanDoesNotHaveIsNotFound() {
            givenAPlan(goalAdded(), beerSubGoal())
                    .when(new EndActivityCommand(PLAN, COURSE, null, null, "anna.misbrug", "addiction-centre"))
                    .expectException(NotFoundException.class);
        }
    }

    @Nested
    class FollowUps {

        static final List<Reading> READINGS = List.of(new Reading(BEER, new BigDecimal("10"), "Weekenden er svær"),
                new Reading(JOB, new BigDecimal("5"), null));
        /** Beers from the baseline 12 to 10 (lower is better), the job scale from 3 to 5 (higher is better). */
        static final List<ReadingTrend> TRENDS = List.of(new ReadingTrend(BEER, Trend.IMPROVED),
                new ReadingTrend(JOB, Trend.IMPROVED));

        @Test
        void eachReadingIsComparedWithTheLastOneInTheDirectionOfItsMeasure() {
            List<Reading> later = List.of(new Reading(BEER, new BigDecimal("11"), null),
                    new Reading(JOB, new BigDecimal("5"), null));
            givenAPlan(goalAdded(), beerSubGoal(), jobSubGoal(), new FollowUpRecordedEvent(PLAN, CITIZEN, ORG,
                    UUID.randomUUID(), TODAY, MEETING, READINGS, 3, null, null, TODAY.plusMonths(3), "sofie.social",
                    "social-services", TRENDS))
                    .when(followUp(TODAY, later, null))
                    .expectEvents(new FollowUpRecordedEvent(PLAN, CITIZEN, ORG, FOLLOW_UP, TODAY, MEETING, later, 4,
                            "Det går bedre", "Færre øl i weekenden", TODAY.plusMonths(3), "sofie.social",
                            "social-services", List.of(new ReadingTrend(BEER, Trend.WORSENED),
                            new ReadingTrend(JOB, Trend.UNCHANGED))));
        }

        @Test
        void theFirstReadingOfASubGoalWithoutABaselineHasNothingToCompareWith() {
            Measurement noBaseline = new Measurement(MeasurementKind.SCALE_1_TO_10, null, new BigDecimal("7"), null,
                    null);
            List<Reading> first = List.of(new Reading(JOB, new BigDecimal("4"), null));
            givenAPlan(goalAdded(), new SubGoalAddedEvent(PLAN, CITIZEN, ORG, JOB, GOAL,
                    "Møde op i praktik to dage om ugen", "jobcenter", 2, TODAY.plusMonths(4), LifeArea.COMMUNITY_LIFE,
                    noBaseline, TODAY, "jonas.job"))
                    .when(followUp(TODAY, first, null))
                    .expectEvents(new FollowUpRecordedEvent(PLAN, CITIZEN, ORG, FOLLOW_UP, TODAY, MEETING, first, 4,
                            "Det går bedre", "Færre øl i weekenden", TODAY.plusMonths(3), "sofie.social",
                            "social-services", List.of(new ReadingTrend(JOB, Trend.FIRST))));
        }

        @Test
        void recordsAFollowUpAndSetsTheNextOneAfterThePlansFrequency() {
            givenAPlan(goalAdded(), beerSubGoal(), jobSubGoal())
                    .when(followUp(TODAY, READINGS, null))
                    .expectEvents(new FollowUpRecordedEvent(PLAN, CITIZEN, ORG, FOLLOW_UP, TODAY, MEETING, READINGS,
                            4, "Det går bedre", "Færre øl i weekenden", TODAY.plusMonths(3), "sofie.social",
                            "social-services", TRENDS))
                    .expectScheduledDeadline(PlanCalendar.startOf(TODAY.plusMonths(3)),
                            new Plan.FollowUpDeadline(TODAY.plusMonths(3)));
        }

        @Test
        void recordsTheNextDateAgreedAtTheMeeting() {
            givenAPlan(goalAdded(), beerSubGoal())
                    .when(followUp(TODAY, List.of(), TODAY.plusWeeks(6)))
                    .expectScheduledDeadline(PlanCalendar.startOf(TODAY.plusWeeks(6)),
                            new Plan.FollowUpDeadline(TODAY.plusWeeks(6)));
        }

        @Test
        void recordingTheSameFollowUpAgainChangesNothing() {
            givenAPlan(goalAdded(), beerSubGoal(), jobSubGoal(), new FollowUpRecordedEvent(PLAN, CITIZEN, ORG,
                    FOLLOW_UP, TODAY, MEETING, READINGS, 4, "Det går bedre", "Færre øl i weekenden",
                    TODAY.plusMonths(3), "sofie.social", "social-services", TRENDS))
                    .when(followUp(TODAY, READINGS, null))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void rejectsAFollowUpThatHasNotBeenHeldYet() {
            givenAPlan()
                    .when(followUp(TODAY.plusDays(1), List.of(), null))
                    .expectException(violates("heldOn", "plan.follow-up-in-future"));
        }

        @Test
        void rejectsAFollowUpWithoutTheDayItWasHeld() {
            givenAPlan()
                    .when(followUp(null, List.of(), null))
                    .expectException(violates("heldOn", "plan.follow-up-date-required"))
                    .expectNoEvents();
        }

        @Test
        void refusesAnotherFollowUpUnderAnIdInUse() {
            givenAPlan(goalAdded(), beerSubGoal(), jobSubGoal(), new FollowUpRecordedEvent(PLAN, CITIZEN, ORG,
                    FOLLOW_UP, TODAY, MEETING, READINGS, 4, "Det går bedre", "Færre øl i weekenden",
                    TODAY.plusMonths(3), "sofie.social", "social-services", TRENDS))
                    .when(followUp(TODAY, List.of(new Reading(BEER, new BigDecimal("9"), null)), null))
                    .expectException(conflict("plan.follow-up-exists", null))
                    .expectNoEvents();
        }

        @Test
        void rejectsAFollowUpBeforeThePlanWasMade() {
            givenAPlan()
                    .when(followUp(TODAY.minusDays(1), List.of(), null))
                    .expectException(violates("heldOn", "plan.follow-up-before-plan"));
        }

        @Test
        void rejectsAFollowUpBeforeTheLastOne() {
            fixture.givenCurrentTime(NOW)
                    .andGiven(new PlanCreatedEvent(PLAN, CITIZEN, ORG, "sofie.social", "social-services", false, null,
                                    3, TODAY.minusMonths(2), TODAY.plusMonths(1)),
                            new FollowUpRecordedEvent(PLAN, CITIZEN, ORG, UUID.randomUUID(), TODAY, MEETING,
                                    List.of(), null, null, null, TODAY.plusMonths(3), "sofie.social",
                                    "social-services", List.of()))
                    .when(followUp(TODAY.minusDays(1), List.of(), null))
                    .expectException(violates("heldOn", "plan.follow-up-out-of-order"));
        }

        @Test
        void rejectsAFollowUpWithoutParticipants() {
            givenAPlan()
                    .when(new RecordFollowUpCommand(PLAN, FOLLOW_UP, TODAY, List.of(), List.of(), null, null, null,
                            null, "sofie.social", "social-services"))
                    .expectException(violates("participants", "plan.follow-up-without-participants"));
        }

        @Test
        void rejectsAReadingOutsideTheSubGoalsScale() {
            givenAPlan(goalAdded(), jobSubGoal())
                    .when(followUp(TODAY, List.of(new Reading(JOB, new BigDecimal("11"), null)), null))
                    .expectException(violates("readings[0].value", "plan.reading-out-of-range"));
        }

        @Test
        void rejectsTwoReadingsOfOneSubGoal() {
            givenAPlan(goalAdded(), jobSubGoal())
                    .when(followUp(TODAY, List.of(new Reading(JOB, new BigDecimal("5"), null),
                            new Reading(JOB, new BigDecimal("6"), null)), null))
                    .expectException(violates("readings[1].subGoalId", "plan.reading-twice"));
        }

        @Test
        void rejectsAReadingOfADroppedSubGoal() {
            givenAPlan(goalAdded(), jobSubGoal(), new SubGoalDroppedEvent(PLAN, CITIZEN, ORG, JOB, "jobcenter", 2,
                    TODAY, "Praktikstedet lukkede", "jonas.job", "jobcenter"))
                    .when(followUp(TODAY, List.of(new Reading(JOB, new BigDecimal("5"), null)), null))
                    .expectException(violates("readings[0].subGoalId", "plan.sub-goal-closed"));
        }

        @Test
        void rejectsACitizenRatingOutsideOneToFive() {
            givenAPlan()
                    .when(new RecordFollowUpCommand(PLAN, FOLLOW_UP, TODAY, MEETING, List.of(), 6, null, null, null,
                            "sofie.social", "social-services"))
                    .expectException(violates("citizenRating", "plan.citizen-rating-out-of-range"));
        }

        @Test
        void rejectsANextFollowUpMoreThanAYearAway() {
            givenAPlan()
                    .when(followUp(TODAY, List.of(), TODAY.plusYears(1).plusDays(1)))
                    .expectException(violates("nextDueOn", "plan.follow-up-beyond-yearly"));
        }

        @Test
        void rejectsANextFollowUpThatIsNotAfterThisOne() {
            givenAPlan()
                    .when(followUp(TODAY, List.of(), TODAY))
                    .expectException(violates("nextDueOn", "plan.next-follow-up-not-after"));
        }

        @Test
        void changingTheFrequencyMovesTheNextDueDate() {
            givenAPlan()
                    .when(new ChangeFollowUpFrequencyCommand(PLAN, 1, "Tættere opfølgning efter tilbagefald",
                            "sofie.social", "social-services"))
                    .expectEvents(new FollowUpFrequencyChangedEvent(PLAN, CITIZEN, ORG, 1, TODAY.plusMonths(1),
                            "Tættere opfølgning efter tilbagefald", "sofie.social", "social-services"))
                    .expectScheduledDeadline(PlanCalendar.startOf(TODAY.plusMonths(1)),
                            new Plan.FollowUpDeadline(TODAY.plusMonths(1)));
        }

        @Test
        void bringsTheNextFollowUpForwardWhenADischargeCallsForIt() {
            UUID proposal = UUID.randomUUID();
            givenAPlan()
                    .when(new ProposeFollowUpCommand(PLAN, proposal, "patient-discharged", "psychiatry",
                            TODAY.plusDays(7)))
                    .expectEvents(new FollowUpBroughtForwardEvent(PLAN, CITIZEN, ORG, proposal, "patient-discharged",
                            "psychiatry", TODAY.plusDays(7), 3))
                    .expectScheduledDeadline(PlanCalendar.startOf(TODAY.plusDays(7)),
                            new Plan.FollowUpDeadline(TODAY.plusDays(7)));
        }

        @Test
        void aProposalLaterThanTheNextFollowUpChangesNothing() {
            givenAPlan()
                    .when(new ProposeFollowUpCommand(PLAN, UUID.randomUUID(), "release-date-set", "probation",
                            TODAY.plusMonths(4)))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aProposalForAPassedDateMakesTheFollowUpDueToday() {
            UUID proposal = UUID.randomUUID();
            givenAPlan()
                    .when(new ProposeFollowUpCommand(PLAN, proposal, "patient-discharged", "psychiatry",
                            TODAY.minusDays(2)))
                    .expectEvents(new FollowUpBroughtForwardEvent(PLAN, CITIZEN, ORG, proposal, "patient-discharged",
                            "psychiatry", TODAY, 3));
        }

        @Test
        void theSameProposalTwiceChangesNothing() {
            UUID proposal = UUID.randomUUID();
            givenAPlan(new FollowUpBroughtForwardEvent(PLAN, CITIZEN, ORG, proposal, "patient-discharged",
                    "psychiatry", TODAY.plusDays(7), 3))
                    .when(new ProposeFollowUpCommand(PLAN, proposal, "patient-discharged", "psychiatry",
                            TODAY.plusDays(5)))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void rejectsAFrequencyBeyondYearly() {
            givenAPlan()
                    .when(new ChangeFollowUpFrequencyCommand(PLAN, 13, null, "sofie.social", "social-services"))
                    .expectException(violates("months", "plan.follow-up-frequency-out-of-range"));
        }
    }

    @Nested
    class FollowUpDeadlines {

        static final LocalDate DUE = TODAY.plusMonths(3);

        static CreatePlanCommand create() {
            return new CreatePlanCommand(PLAN, CITIZEN, ORG, "sofie.social", "social-services", false, null, null);
        }

        @Test
        void raisesFollowUpDueWhenTheDueDateComes() {
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(create())
                    .whenTimeAdvancesTo(PlanCalendar.startOf(DUE))
                    .expectEvents(new FollowUpDueEvent(PLAN, CITIZEN, ORG, DUE))
                    .expectScheduledDeadline(PlanCalendar.startOf(DUE.plusDays(1)), new Plan.FollowUpDeadline(DUE));
        }

        @Test
        void raisesFollowUpOverdueWhenTheDueDateHasPassedWithoutAFollowUp() {
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(create())
                    .whenTimeAdvancesTo(PlanCalendar.startOf(DUE.plusDays(1)))
                    .expectEvents(new FollowUpDueEvent(PLAN, CITIZEN, ORG, DUE),
                            new FollowUpOverdueEvent(PLAN, CITIZEN, ORG, DUE));
        }

        @Test
        void isNotDueTheDayBefore() {
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(create())
                    .whenTimeAdvancesTo(PlanCalendar.startOf(DUE).minusSeconds(1))
                    .expectNoEvents();
        }

        @Test
        void aFollowUpRecordedInTimeSilencesTheDeadlineItReplaced() {
            LocalDate agreed = TODAY.plusMonths(2);
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(create(), followUp(TODAY, List.of(), agreed))
                    .whenTimeAdvancesTo(PlanCalendar.startOf(DUE.plusDays(1)))
                    .expectEvents(new FollowUpDueEvent(PLAN, CITIZEN, ORG, agreed),
                            new FollowUpOverdueEvent(PLAN, CITIZEN, ORG, agreed));
        }
    }
}
