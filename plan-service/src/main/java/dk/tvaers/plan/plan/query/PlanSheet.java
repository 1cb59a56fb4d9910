package dk.tvaers.plan.plan.query;

import dk.tvaers.plan.followup.api.FollowUpBroughtForwardEvent;
import dk.tvaers.plan.followup.api.FollowUpDueEvent;
import dk.tvaers.plan.followup.api.FollowUpFrequencyChangedEvent;
import dk.tvaers.plan.followup.api.FollowUpOverdueEvent;
import dk.tvaers.plan.followup.api.FollowUpRecordedEvent;
import dk.tvaers.plan.followup.api.Participant;
import dk.tvaers.plan.followup.api.Reading;
import dk.tvaers.plan.plan.api.ActivityAddedEvent;
import dk.tvaers.plan.plan.api.ActivityEndedEvent;
import dk.tvaers.plan.plan.api.ActivityKind;
import dk.tvaers.plan.plan.api.DreamChangedEvent;
import dk.tvaers.plan.plan.api.GoalAddedEvent;
import dk.tvaers.plan.plan.api.GoalChangedEvent;
import dk.tvaers.plan.plan.api.LifeArea;
import dk.tvaers.plan.plan.api.Measurement;
import dk.tvaers.plan.plan.api.PlanCreatedEvent;
import dk.tvaers.plan.plan.api.PlanEvent;
import dk.tvaers.plan.plan.api.PlanView;
import dk.tvaers.plan.plan.api.SubGoalAchievedEvent;
import dk.tvaers.plan.plan.api.SubGoalAddedEvent;
import dk.tvaers.plan.plan.api.SubGoalChangedEvent;
import dk.tvaers.plan.plan.api.SubGoalDroppedEvent;
import dk.tvaers.plan.plan.api.SubGoalStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The whole plan folded from its events: the current read model stores it (as JSON), and the historical view
 * folds the event store into a fresh one up to a past moment. One fold for both, so "the plan as it stood"
 * is exactly what the current plan was then. Mutable and plain for JSON; only {@link #apply} changes it.
 */
public class PlanSheet {

    public static final String SCHEDULED = "SCHEDULED";
    public static final String DUE = "DUE";
    public static final String OVERDUE = "OVERDUE";

    public UUID planId;
    public UUID citizenId;
    public String organisation;
    public LocalDate createdOn;
    public String createdBy;
    public boolean createdAutomatically;
    public String dream;
    public List<Goal> goals = new ArrayList<>();
    public List<SubGoal> subGoals = new ArrayList<>();
    public List<Activity> activities = new ArrayList<>();
    public int frequencyMonths;
    public LocalDate nextDueOn;
    public String followUpState = SCHEDULED;
    public LocalDate lastHeldOn;
    public List<FollowUp> followUps = new ArrayList<>();
    public long version = -1;

    public static class Goal {
        public UUID goalId;
        public String text;
    }

    public static class SubGoal {
        public UUID subGoalId;
        public UUID goalId;
        public String description;
        public String owningSector;
        public int priority;
        public LocalDate dueOn;
        public LifeArea lifeArea;
        public Measurement measurement;
        public SubGoalStatus status;
        public String statusReason;
        public LocalDate statusChangedOn;
        public long version;
        public List<PlanView.ReadingView> readings = new ArrayList<>();
    }

    public static class Activity {
        public UUID activityId;
        public ActivityKind kind;
        public String title;
        public String sector;
        public String provider;
        public String reference;
        public LocalDate startsOn;
        public LocalDate endsOn;
        public LocalDate endedOn;
        public List<UUID> subGoalIds = new ArrayList<>();
    }

    public static class FollowUp {
        public UUID followUpId;
        public LocalDate heldOn;
        public List<Participant> participants = new ArrayList<>();
        public List<Reading> readings = new ArrayList<>();
        public Integer citizenRating;
        public String citizenComment;
        public String adjustments;
        public LocalDate nextDueOn;
        public String recordedBy;
    }

    /** Applies one event of the plan; {@code sequence} is the event's place in the plan's stream. */
    public void apply(PlanEvent event, long sequence) {
        if (event instanceof PlanCreatedEvent e) {
            planId = e.planId();
            citizenId = e.citizenId();
            organisation = e.organisation();
            createdOn = e.createdOn();
            createdBy = e.createdBy();
            createdAutomatically = e.automatic();
            dream = e.dream();
            frequencyMonths = e.followUpFrequencyMonths();
            nextDueOn = e.nextFollowUpDueOn();
        } else if (event instanceof DreamChangedEvent e) {
            dream = e.dream();
        } else if (event instanceof GoalAddedEvent e) {
            Goal goal = new Goal();
            goal.goalId = e.goalId();
            goal.text = e.text();
            goals.add(goal);
        } else if (event instanceof GoalChangedEvent e) {
            goals.stream().filter(g -> g.goalId.equals(e.goalId()))
                    .forEach(g -> g.text = e.text());
        } else if (event instanceof SubGoalAddedEvent e) {
            SubGoal subGoal = new SubGoal();
            subGoal.subGoalId = e.subGoalId();
            subGoal.goalId = e.goalId();
            subGoal.owningSector = e.owningSector();
            subGoal.description = e.description();
            subGoal.priority = e.priority();
            subGoal.dueOn = e.dueOn();
            subGoal.lifeArea = e.lifeArea();
            subGoal.measurement = e.measurement();
            subGoal.status = SubGoalStatus.OPEN;
            subGoal.statusChangedOn = e.addedOn();
            subGoal.version = 1;
            subGoals.add(subGoal);
        } else if (event instanceof SubGoalChangedEvent e) {
            SubGoal subGoal = subGoal(e.subGoalId());
            subGoal.description = e.description();
            subGoal.priority = e.priority();
            subGoal.dueOn = e.dueOn();
            subGoal.lifeArea = e.lifeArea();
            subGoal.measurement = e.measurement();
            status(subGoal, SubGoalStatus.ADJUSTED, e.reason(), e.changedOn(), e.version());
        } else if (event instanceof SubGoalAchievedEvent e) {
            status(subGoal(e.subGoalId()), SubGoalStatus.ACHIEVED, e.note(), e.achievedOn(), e.version());
        } else if (event instanceof SubGoalDroppedEvent e) {
            status(subGoal(e.subGoalId()), SubGoalStatus.DROPPED, e.reason(), e.droppedOn(), e.version());
        } else if (event instanceof ActivityAddedEvent e) {
            Activity activity = new Activity();
            activity.activityId = e.activityId();
            activity.kind = e.kind();
            activity.title = e.title();
            activity.sector = e.sector();
            activity.provider = e.provider();
            activity.reference = e.reference();
            activity.startsOn = e.startsOn();
            activity.endsOn = e.endsOn();
            activity.subGoalIds = new ArrayList<>(e.subGoalIds());
            activities.add(activity);
        } else if (event instanceof ActivityEndedEvent e) {
            activities.stream().filter(a -> a.activityId.equals(e.activityId()))
                    .forEach(a -> a.endedOn = e.endedOn());
        } else if (event instanceof FollowUpRecordedEvent e) {
            FollowUp followUp = new FollowUp();
            followUp.followUpId = e.followUpId();
            followUp.heldOn = e.heldOn();
            followUp.participants = e.participants() == null ? new ArrayList<>() : new ArrayList<>(e.participants());
            followUp.readings = e.readings() == null ? new ArrayList<>() : new ArrayList<>(e.readings());
            followUp.citizenRating = e.citizenRating();
            followUp.citizenComment = e.citizenComment();
            followUp.adjustments = e.adjustments();
            followUp.nextDueOn = e.nextDueOn();
            followUp.recordedBy = e.by();
            followUps.add(followUp);
            for (Reading reading : followUp.readings) {
                SubGoal subGoal = subGoal(reading.subGoalId());
                if (subGoal != null) {
                    subGoal.readings.add(new PlanView.ReadingView(e.heldOn(), reading.value(), e.followUpId(),
                            reading.note()));
                }
            }
            lastHeldOn = e.heldOn();
            nextDueOn = e.nextDueOn();
            followUpState = SCHEDULED;
        } else if (event instanceof FollowUpFrequencyChangedEvent e) {
            frequencyMonths = e.months();
            nextDueOn = e.nextDueOn();
            followUpState = SCHEDULED;
        } else if (event instanceof FollowUpBroughtForwardEvent e) {
            nextDueOn = e.nextDueOn();
            followUpState = SCHEDULED;
        } else if (event instanceof FollowUpDueEvent e) {
            if (e.dueOn().equals(nextDueOn)) {
                followUpState = DUE;
            }
        } else if (event instanceof FollowUpOverdueEvent e) {
            if (e.dueOn().equals(nextDueOn)) {
                followUpState = OVERDUE;
            }
        }
        version = sequence;
    }

    private SubGoal subGoal(UUID subGoalId) {
        return subGoals.stream().filter(s -> s.subGoalId.equals(subGoalId)).findFirst().orElse(null);
    }

    private static void status(SubGoal subGoal, SubGoalStatus status, String reason, LocalDate on, long version) {
        subGoal.status = status;
        subGoal.statusReason = reason;
        subGoal.statusChangedOn = on;
        subGoal.version = version;
    }

    /** The sheet as the API shows it, sub-goals in priority order. */
    public PlanView toView(Instant asOf) {
        return new PlanView(planId, citizenId, organisation, createdOn, createdBy, createdAutomatically, dream,
                goals.stream().map(g -> new PlanView.GoalView(g.goalId, g.text)).toList(),
                subGoals.stream()
                        .sorted(Comparator.comparingInt((SubGoal s) -> s.priority)
                                .thenComparing(s -> s.statusChangedOn, Comparator.nullsLast(Comparator.naturalOrder())))
                        .map(s -> new PlanView.SubGoalView(s.subGoalId, s.goalId, s.description, s.owningSector,
                                s.priority, s.dueOn, s.lifeArea, s.measurement, s.status, s.statusReason,
                                s.statusChangedOn, s.version, List.copyOf(s.readings)))
                        .toList(),
                activities.stream().map(a -> new PlanView.ActivityView(a.activityId, a.kind, a.title, a.sector,
                        a.provider, a.reference, a.startsOn, a.endsOn, a.endedOn, List.copyOf(a.subGoalIds))).toList(),
                new PlanView.FollowUpSchedule(frequencyMonths, nextDueOn, followUpState, lastHeldOn),
                followUps.stream().map(f -> new PlanView.FollowUpView(f.followUpId, f.heldOn,
                        List.copyOf(f.participants),
                        f.readings.stream().map(r -> new PlanView.FollowUpReading(r.subGoalId(), r.value(), r.note()))
                                .toList(),
                        f.citizenRating, f.citizenComment, f.adjustments, f.nextDueOn, f.recordedBy)).toList(),
                version, asOf);
    }
}
