package dk.tvaers.plan.plan.query;

import dk.tvaers.plan.plan.api.Direction;
import dk.tvaers.plan.plan.api.LifeArea;
import dk.tvaers.plan.plan.api.Measurement;
import dk.tvaers.plan.plan.api.MeasurementKind;
import dk.tvaers.plan.plan.api.PlanProgress;
import dk.tvaers.plan.plan.api.PlanProgress.SubGoalProgress;
import dk.tvaers.plan.plan.api.PlanProgress.Trend;
import dk.tvaers.plan.plan.api.PlanView;
import dk.tvaers.plan.plan.api.SubGoalStatus;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Progress at a glance: which way a sub-goal's readings go (the last against the one before, or against the
 * starting point) and whether that is the good way for its measure.
 */
class ProgressionTest {

    static final LocalDate START = LocalDate.of(2026, 1, 12);
    /** 12 beers a day towards 8: lower is better. */
    static final Measurement BEERS = new Measurement(MeasurementKind.FIGURE, bd("12"), bd("8"), "øl om dagen",
            Direction.LOWER_IS_BETTER);
    /** Hours of work a week from 0 towards 15: higher is better. */
    static final Measurement HOURS = new Measurement(MeasurementKind.FIGURE, bd("0"), bd("15"), "timer om ugen",
            Direction.HIGHER_IS_BETTER);
    /** The citizen's own rating 1–10, from 3 towards 7: higher is better by the kind. */
    static final Measurement SCALE = new Measurement(MeasurementKind.SCALE_1_TO_10, bd("3"), bd("7"), null, null);
    /** VUM functioning level from 3 towards 1: lower is better by the kind. */
    static final Measurement LEVEL = new Measurement(MeasurementKind.FUNCTIONING_LEVEL, bd("3"), bd("1"), null,
            null);

    @Nested
    class WhereHigherIsBetter {

        @Test
        void aRisingReadingIsUpAndImproving() {
            SubGoalProgress progress = progressOf(SCALE, "4", "6");

            assertThat(progress.trend()).isEqualTo(Trend.UP);
            assertThat(progress.improving()).isTrue();
            assertThat(progress.latest()).isEqualByComparingTo("6");
        }

        @Test
        void aFallingReadingIsDownAndNotImproving() {
            SubGoalProgress progress = progressOf(SCALE, "6", "5");

            assertThat(progress.trend()).isEqualTo(Trend.DOWN);
            assertThat(progress.improving()).isFalse();
        }

        @Test
        void theSameReadingAgainIsFlatAndNeitherBetterNorWorse() {
            SubGoalProgress progress = progressOf(SCALE, "5", "5");

            assertThat(progress.trend()).isEqualTo(Trend.FLAT);
            assertThat(progress.improving()).isNull();
        }

        @Test
        void aFigureStatedHigherIsBetterRisesAsItImproves() {
            SubGoalProgress progress = progressOf(HOURS, "6");

            assertThat(progress.trend()).as("from the starting point 0 to 6 hours").isEqualTo(Trend.UP);
            assertThat(progress.improving()).isTrue();
        }

        @Test
        void theTargetIsReachedAtOrAboveIt() {
            assertThat(progressOf(SCALE, "6").targetReached()).isFalse();
            assertThat(progressOf(SCALE, "7").targetReached()).isTrue();
            assertThat(progressOf(SCALE, "8").targetReached()).isTrue();
        }
    }

    @Nested
    class WhereLowerIsBetter {

        @Test
        void fewerBeersIsDownAndImproving() {
            SubGoalProgress progress = progressOf(BEERS, "10");

            assertThat(progress.trend()).as("from the starting point 12 to 10").isEqualTo(Trend.DOWN);
            assertThat(progress.improving()).isTrue();
        }

        @Test
        void moreBeersIsUpAndNotImproving() {
            SubGoalProgress progress = progressOf(BEERS, "10", "11");

            assertThat(progress.trend()).isEqualTo(Trend.UP);
            assertThat(progress.improving()).isFalse();
        }

        @Test
        void theSameFigureAgainIsFlatHoweverItIsWritten() {
            SubGoalProgress progress = progressOf(BEERS, "10", "10.00");

            assertThat(progress.trend()).isEqualTo(Trend.FLAT);
            assertThat(progress.improving()).isNull();
        }

        @Test
        void aLowerFunctioningLevelIsImprovingByTheKindItself() {
            SubGoalProgress progress = progressOf(LEVEL, "2");

            assertThat(progress.trend()).isEqualTo(Trend.DOWN);
            assertThat(progress.improving()).isTrue();
            assertThat(progressOf(LEVEL, "2", "3").improving()).isFalse();
        }

        @Test
        void theTargetIsReachedAtOrBelowIt() {
            assertThat(progressOf(BEERS, "9").targetReached()).isFalse();
            assertThat(progressOf(BEERS, "8").targetReached()).isTrue();
            assertThat(progressOf(BEERS, "6").targetReached()).isTrue();
        }
    }

    @Nested
    class TheSeriesOfReadings {

        @Test
        void theTrendIsTheLastReadingAgainstTheOneBeforeNotAgainstTheStart() {
            SubGoalProgress progress = progressOf(SCALE, "7", "5");

            assertThat(progress.trend()).as("3 → 7 → 5: better than the start, worse than last time")
                    .isEqualTo(Trend.DOWN);
            assertThat(progress.improving()).isFalse();
            assertThat(progress.readings()).hasSize(2);
        }

        @Test
        void aStartingPointWithoutReadingsIsNotEnoughToTell() {
            SubGoalProgress progress = progressOf(SCALE);

            assertThat(progress.trend()).isEqualTo(Trend.NOT_ENOUGH_READINGS);
            assertThat(progress.improving()).isNull();
            assertThat(progress.latest()).isNull();
            assertThat(progress.targetReached()).isFalse();
        }

        @Test
        void oneReadingWithoutAStartingPointIsNotEnoughToTell() {
            Measurement noBaseline = new Measurement(MeasurementKind.FIGURE, null, bd("8"), "øl om dagen",
                    Direction.LOWER_IS_BETTER);
            SubGoalProgress progress = progressOf(noBaseline, "10");

            assertThat(progress.trend()).isEqualTo(Trend.NOT_ENOUGH_READINGS);
            assertThat(progress.improving()).isNull();
            assertThat(progress.latest()).isEqualByComparingTo("10");
        }

        @Test
        void twoReadingsWithoutAStartingPointShowTheWay() {
            Measurement noBaseline = new Measurement(MeasurementKind.SCALE_1_TO_10, null, bd("7"), null, null);

            assertThat(progressOf(noBaseline, "4", "6").trend()).isEqualTo(Trend.UP);
        }
    }

    @Nested
    class ThePlanAtAGlance {

        @Test
        void theShareAchievedLeavesDroppedSubGoalsOut() {
            PlanProgress progress = Progression.of(plan(
                    subGoal(SCALE, SubGoalStatus.ACHIEVED),
                    subGoal(BEERS, SubGoalStatus.OPEN, "10"),
                    subGoal(LEVEL, SubGoalStatus.ADJUSTED),
                    subGoal(HOURS, SubGoalStatus.DROPPED)));

            assertThat(progress.subGoals()).isEqualTo(4);
            assertThat(progress.achieved()).isEqualTo(1);
            assertThat(progress.dropped()).isEqualTo(1);
            assertThat(progress.open()).as("open and adjusted").isEqualTo(2);
            assertThat(progress.shareAchieved()).isEqualByComparingTo("0.33");
            assertThat(progress.progress()).extracting(SubGoalProgress::trend)
                    .containsExactly(Trend.NOT_ENOUGH_READINGS, Trend.DOWN, Trend.NOT_ENOUGH_READINGS,
                            Trend.NOT_ENOUGH_READINGS);
        }

        @Test
        void aPlanWithoutSubGoalsHasAchievedNothing() {
            PlanProgress progress = Progression.of(plan());

            assertThat(progress.subGoals()).isZero();
            assertThat(progress.shareAchieved()).isEqualByComparingTo("0");
            assertThat(progress.progress()).isEmpty();
        }

        @Test
        void onlyDroppedSubGoalsAreNoShareAtAll() {
            PlanProgress progress = Progression.of(plan(subGoal(SCALE, SubGoalStatus.DROPPED)));

            assertThat(progress.shareAchieved()).isEqualByComparingTo("0");
        }
    }

    static SubGoalProgress progressOf(Measurement measurement, String... readings) {
        return Progression.of(subGoal(measurement, SubGoalStatus.OPEN, readings));
    }

    static PlanView.SubGoalView subGoal(Measurement measurement, SubGoalStatus status, String... readings) {
        List<PlanView.ReadingView> series = new ArrayList<>();
        for (int i = 0; i < readings.length; i++) {
            series.add(new PlanView.ReadingView(START.plusMonths(3L * (i + 1)), bd(readings[i]), UUID.randomUUID(),
                    null));
        }
        return new PlanView.SubGoalView(UUID.randomUUID(), UUID.randomUUID(), "Et delmål", "addiction-centre", 1,
                START.plusYears(1), LifeArea.HEALTH, measurement, status, null, null, 1, series);
    }

    static PlanView plan(PlanView.SubGoalView... subGoals) {
        return new PlanView(UUID.randomUUID(), UUID.randomUUID(), "holstebro", START, "sofie.social", false,
                "Jeg vil være jurist", List.of(), List.of(subGoals), List.of(), null, List.of(), 1, null);
    }

    static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
