package dk.tvaers.plan.plan.query;

import dk.tvaers.plan.plan.api.Direction;
import dk.tvaers.plan.plan.api.Measurement;
import dk.tvaers.plan.plan.api.PlanProgress;
import dk.tvaers.plan.plan.api.PlanProgress.SubGoalProgress;
import dk.tvaers.plan.plan.api.PlanProgress.Trend;
import dk.tvaers.plan.plan.api.PlanView;
import dk.tvaers.plan.plan.api.SubGoalStatus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Progress at a glance, computed from a plan as its reader may see it. */
public final class Progression {

    private Progression() {
    }

    public static PlanProgress of(PlanView plan) {
        List<SubGoalProgress> progress = plan.subGoals().stream().map(Progression::of).toList();
        int achieved = count(plan, SubGoalStatus.ACHIEVED);
        int dropped = count(plan, SubGoalStatus.DROPPED);
        int total = plan.subGoals().size();
        int counted = total - dropped;
        BigDecimal share = counted == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(achieved).divide(BigDecimal.valueOf(counted), 2, RoundingMode.HALF_UP);
        return new PlanProgress(plan.planId(), plan.citizenId(), total, total - achieved - dropped, achieved, dropped,
                share, progress);
    }

    static SubGoalProgress of(PlanView.SubGoalView subGoal) {
        Measurement measurement = subGoal.measurement();
        List<BigDecimal> values = new ArrayList<>();
        if (measurement.baseline() != null) {
            values.add(measurement.baseline());
        }
        subGoal.readings().forEach(r -> values.add(r.value()));
        BigDecimal latest = subGoal.readings().isEmpty() ? null
                : subGoal.readings().get(subGoal.readings().size() - 1).value();
        Trend trend = trend(values);
        Direction direction = measurement.effectiveDirection();
        Boolean improving = switch (trend) {
            case UP -> direction == Direction.HIGHER_IS_BETTER;
            case DOWN -> direction == Direction.LOWER_IS_BETTER;
            default -> null;
        };
        boolean reached = latest != null && measurement.target() != null && (direction == Direction.LOWER_IS_BETTER
                ? latest.compareTo(measurement.target()) <= 0 : latest.compareTo(measurement.target()) >= 0);
        return new SubGoalProgress(subGoal.subGoalId(), subGoal.description(), subGoal.owningSector(),
                subGoal.lifeArea(), subGoal.status(), measurement, subGoal.readings(), latest, trend, improving,
                reached);
    }

    private static Trend trend(List<BigDecimal> values) {
        if (values.size() < 2) {
            return Trend.NOT_ENOUGH_READINGS;
        }
        int comparison = values.get(values.size() - 1).compareTo(values.get(values.size() - 2));
        return comparison > 0 ? Trend.UP : comparison < 0 ? Trend.DOWN : Trend.FLAT;
    }

    private static int count(PlanView plan, SubGoalStatus status) {
        return (int) plan.subGoals().stream().filter(s -> s.status() == status).count();
    }
}
