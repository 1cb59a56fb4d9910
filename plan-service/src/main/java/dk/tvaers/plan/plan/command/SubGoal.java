package dk.tvaers.plan.plan.command;

import dk.tvaers.plan.plan.api.LifeArea;
import dk.tvaers.plan.plan.api.Measurement;
import dk.tvaers.plan.plan.api.SubGoalStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** The plan's memory of one sub-goal: what its rules need, nothing more. */
final class SubGoal {

    final UUID subGoalId;
    final UUID goalId;
    final String owningSector;
    String description;
    int priority;
    LocalDate dueOn;
    LifeArea lifeArea;
    Measurement measurement;
    SubGoalStatus status = SubGoalStatus.OPEN;
    long version = 1;
    /** The last reading at a follow-up, for the next reading's trend; {@code null} before the first. */
    BigDecimal lastReading;

    SubGoal(UUID subGoalId, UUID goalId, String owningSector) {
        this.subGoalId = subGoalId;
        this.goalId = goalId;
        this.owningSector = owningSector;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SubGoal that && subGoalId.equals(that.subGoalId) && goalId.equals(that.goalId)
                && owningSector.equals(that.owningSector) && Objects.equals(description, that.description)
                && priority == that.priority && Objects.equals(dueOn, that.dueOn) && lifeArea == that.lifeArea
                && Objects.equals(measurement, that.measurement) && status == that.status && version == that.version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(subGoalId, version);
    }
}
