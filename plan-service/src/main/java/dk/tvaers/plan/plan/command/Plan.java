package dk.tvaers.plan.plan.command;

import dk.tvaers.contracts.Sectors;
import dk.tvaers.plan.followup.api.ChangeFollowUpFrequencyCommand;
import dk.tvaers.plan.followup.api.FollowUpBroughtForwardEvent;
import dk.tvaers.plan.followup.api.FollowUpDueEvent;
import dk.tvaers.plan.followup.api.FollowUpFrequencyChangedEvent;
import dk.tvaers.plan.followup.api.FollowUpOverdueEvent;
import dk.tvaers.plan.followup.api.FollowUpRecordedEvent;
import dk.tvaers.plan.followup.api.FollowUpRules;
import dk.tvaers.plan.followup.api.ProposeFollowUpCommand;
import dk.tvaers.plan.followup.api.Reading;
import dk.tvaers.plan.followup.api.ReadingTrend;
import dk.tvaers.plan.followup.api.Trend;
import dk.tvaers.plan.followup.api.RecordFollowUpCommand;
import dk.tvaers.plan.plan.api.AchieveSubGoalCommand;
import dk.tvaers.plan.plan.api.ActivityAddedEvent;
import dk.tvaers.plan.plan.api.ActivityKind;
import dk.tvaers.plan.plan.api.ActivityEndedEvent;
import dk.tvaers.plan.plan.api.AddActivityCommand;
import dk.tvaers.plan.plan.api.AddGoalCommand;
import dk.tvaers.plan.plan.api.AddSubGoalCommand;
import dk.tvaers.plan.plan.api.ChangeDreamCommand;
import dk.tvaers.plan.plan.api.ChangeGoalCommand;
import dk.tvaers.plan.plan.api.ChangeSubGoalCommand;
import dk.tvaers.plan.plan.api.CreatePlanCommand;
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
import dk.tvaers.plan.plan.api.SubGoalStatus;
import dk.tvaers.platform.domain.ConflictException;
import dk.tvaers.platform.domain.NotFoundException;
import dk.tvaers.platform.domain.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The citizen's one coordinated plan (koordinerende indsatsplan): the dream and overall goals in the
 * citizen's words, the sub-goals each sector owns, the activities that serve them, and the follow-ups.
 * <p>
 * Each sub-goal has its own version, so sectors working on different sub-goals never conflict, while a
 * change based on a stale read of the same sub-goal is refused with the current version. The follow-up
 * raises its own "due" and "overdue" events through persistent deadlines; a deadline that no longer
 * matches the next due date (a follow-up was recorded, the frequency changed) is simply ignored, so no
 * deadline ever has to be looked up to be cancelled.
 */
@Aggregate
public class Plan {

    static final String FOLLOW_UP_DUE = "plan-follow-up-due";
    static final String FOLLOW_UP_OVERDUE = "plan-follow-up-overdue";
    static final int MAX_PRIORITY = 99;

    /** The payload of the follow-up deadlines: the due date they were set for. */
    public record FollowUpDeadline(LocalDate dueOn) {
    }

    @AggregateIdentifier
    private UUID planId;
    private UUID citizenId;
    private String organisation;
    private LocalDate createdOn;
    private String dream;
    private int frequencyMonths;
    private LocalDate nextDueOn;
    private LocalDate lastHeldOn;
    private LocalDate dueRaisedFor;
    private LocalDate overdueRaisedFor;
    private final Map<UUID, String> goals = new HashMap<>();
    private final Map<UUID, SubGoal> subGoals = new HashMap<>();
    private final Map<UUID, ActivityFacts> activities = new HashMap<>();
    private final Set<UUID> endedActivities = new HashSet<>();
    private final Map<UUID, FollowUpFacts> followUps = new HashMap<>();
    private final Set<UUID> proposals = new HashSet<>();

    /** What identifies a repeated request to add the same activity. */
    private record ActivityFacts(ActivityKind kind, String title, String sector, String provider, String reference,
                                 LocalDate startsOn, LocalDate endsOn, List<UUID> subGoalIds) {
    }

    /** What identifies a repeated request to record the same follow-up. */
    private record FollowUpFacts(LocalDate heldOn, List<?> participants, List<?> readings, Integer citizenRating,
                                 String citizenComment, String adjustments) {
    }

    protected Plan() {
    }

    // --- the plan itself -------------------------------------------------------------------------------

    /** Creates the plan; for an existing plan a caseworker's request is a conflict and an automatic one a no-op. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public UUID handle(CreatePlanCommand command, DeadlineManager deadlines) {
        if (planId != null) {
            if (command.automatic()) {
                return planId;
            }
            throw new ConflictException("plan.already-exists", "The citizen already has a plan: " + planId + ".");
        }
        if (!PlanIds.planIdOf(command.citizenId()).equals(command.planId())) {
            throw new RuleViolationException("planId", "plan.id-not-of-citizen",
                    "A plan's id is derived from its citizen's id.");
        }
        int months = command.followUpFrequencyMonths() == null ? FollowUpRules.DEFAULT_FREQUENCY_MONTHS
                : command.followUpFrequencyMonths();
        requireFrequency(months, "followUpFrequencyMonths");
        LocalDate today = PlanCalendar.today();
        LocalDate firstDue = today.plusMonths(months);
        apply(new PlanCreatedEvent(command.planId(), command.citizenId(), command.organisation(), command.createdBy(),
                command.sector(), command.automatic(), blankToNull(command.dream()), months, today, firstDue));
        scheduleFollowUp(deadlines, firstDue);
        return command.planId();
    }

    @CommandHandler
    void handle(ChangeDreamCommand command) {
        requireText(command.dream(), "dream", "plan.dream-required", "Write the citizen's dream in their own words.");
        if (command.dream().equals(dream)) {
            return;
        }
        apply(new DreamChangedEvent(planId, citizenId, organisation, command.dream(), blankToNull(command.reason()),
                command.by(), command.sector()));
    }

    @CommandHandler
    void handle(AddGoalCommand command) {
        requireText(command.text(), "text", "plan.goal-text-required", "Write the goal in the citizen's own words.");
        String existing = goals.get(command.goalId());
        if (existing != null) {
            if (existing.equals(command.text())) {
                return;
            }
            throw new ConflictException("plan.goal-exists", "The plan already has a goal with this id.");
        }
        apply(new GoalAddedEvent(planId, citizenId, organisation, command.goalId(), command.text(), command.by(),
                command.sector()));
    }

    @CommandHandler
    void handle(ChangeGoalCommand command) {
        String existing = goals.get(command.goalId());
        if (existing == null) {
            throw new NotFoundException("goal", command.goalId());
        }
        requireText(command.text(), "text", "plan.goal-text-required", "Write the goal in the citizen's own words.");
        if (existing.equals(command.text())) {
            return;
        }
        apply(new GoalChangedEvent(planId, citizenId, organisation, command.goalId(), command.text(),
                blankToNull(command.reason()), command.by(), command.sector()));
    }

    // --- sub-goals -------------------------------------------------------------------------------------

    @CommandHandler
    void handle(AddSubGoalCommand command) {
        SubGoal existing = subGoals.get(command.subGoalId());
        if (existing != null) {
            if (existing.version == 1 && existing.goalId.equals(command.goalId())
                    && existing.owningSector.equals(command.owningSector())
                    && existing.description.equals(command.description()) && existing.priority == command.priority()
                    && Objects.equals(existing.dueOn, command.dueOn()) && existing.lifeArea == command.lifeArea()
                    && Objects.equals(existing.measurement, command.measurement())) {
                return;
            }
            throw new ConflictException("plan.sub-goal-exists", "The plan already has a sub-goal with this id.",
                    existing.version);
        }
        if (!goals.containsKey(command.goalId())) {
            throw new RuleViolationException("goalId", "plan.unknown-goal",
                    "A sub-goal belongs to one of the plan's overall goals.");
        }
        if (!Sectors.isValidCode(command.owningSector())) {
            throw new RuleViolationException("owningSector", "plan.unknown-sector", "Name the sector that owns it.");
        }
        LocalDate today = PlanCalendar.today();
        requireSubGoalContent(command.description(), command.priority(), command.dueOn(), true, command.lifeArea(),
                command.measurement(), today);
        apply(new SubGoalAddedEvent(planId, citizenId, organisation, command.subGoalId(), command.goalId(),
                command.description(), command.owningSector(), command.priority(), command.dueOn(),
                command.lifeArea(), command.measurement(), today, command.by()));
    }

    /** @return the sub-goal's new version */
    @CommandHandler
    long handle(ChangeSubGoalCommand command) {
        SubGoal subGoal = openSubGoal(command.subGoalId(), command.expectedVersion());
        requireText(command.reason(), "reason", "plan.reason-required", "Say why the sub-goal is adjusted.");
        LocalDate today = PlanCalendar.today();
        requireSubGoalContent(command.description(), command.priority(), command.dueOn(),
                !Objects.equals(command.dueOn(), subGoal.dueOn), command.lifeArea(), command.measurement(), today);
        apply(new SubGoalChangedEvent(planId, citizenId, organisation, subGoal.subGoalId, subGoal.owningSector,
                subGoal.version + 1, command.description(), command.priority(), command.dueOn(), command.lifeArea(),
                command.measurement(), today, command.reason(), command.by(), command.sector()));
        return subGoal.version;
    }

    /** @return the sub-goal's new version */
    @CommandHandler
    long handle(AchieveSubGoalCommand command) {
        SubGoal subGoal = openSubGoal(command.subGoalId(), command.expectedVersion());
        LocalDate today = PlanCalendar.today();
        LocalDate achievedOn = command.achievedOn() == null ? today : command.achievedOn();
        if (achievedOn.isAfter(today)) {
            throw new RuleViolationException("achievedOn", "plan.achieved-in-future",
                    "A sub-goal is achieved on a day that has come.");
        }
        if (achievedOn.isBefore(createdOn)) {
            throw new RuleViolationException("achievedOn", "plan.achieved-before-plan",
                    "A sub-goal cannot be achieved before the plan was made.");
        }
        apply(new SubGoalAchievedEvent(planId, citizenId, organisation, subGoal.subGoalId, subGoal.owningSector,
                subGoal.version + 1, achievedOn, blankToNull(command.note()), command.by(), command.sector()));
        return subGoal.version;
    }

    /** @return the sub-goal's new version */
    @CommandHandler
    long handle(DropSubGoalCommand command) {
        SubGoal subGoal = openSubGoal(command.subGoalId(), command.expectedVersion());
        requireText(command.reason(), "reason", "plan.reason-required", "Say why the sub-goal is dropped.");
        apply(new SubGoalDroppedEvent(planId, citizenId, organisation, subGoal.subGoalId, subGoal.owningSector,
                subGoal.version + 1, PlanCalendar.today(), command.reason(), command.by(), command.sector()));
        return subGoal.version;
    }

    // --- activities ------------------------------------------------------------------------------------

    @CommandHandler
    void handle(AddActivityCommand command) {
        ActivityFacts content = activityFacts(command);
        ActivityFacts existing = activities.get(command.activityId());
        if (existing != null) {
            if (existing.equals(content)) {
                return;
            }
            throw new ConflictException("plan.activity-exists", "The plan already has an activity with this id.");
        }
        if (command.kind() == null) {
            throw new RuleViolationException("kind", "plan.activity-kind-required", "Say what kind of help it is.");
        }
        requireText(command.title(), "title", "plan.activity-title-required", "Name the help given.");
        if (!Sectors.isValidCode(command.sector())) {
            throw new RuleViolationException("sector", "plan.unknown-sector", "Name the sector giving the help.");
        }
        if (command.startsOn() == null) {
            throw new RuleViolationException("startsOn", "plan.activity-start-required", "Say when the help starts.");
        }
        if (command.endsOn() != null && command.endsOn().isBefore(command.startsOn())) {
            throw new RuleViolationException("endsOn", "plan.activity-ends-before-start",
                    "The help cannot end before it starts.");
        }
        if (command.subGoalIds() == null || command.subGoalIds().isEmpty()) {
            throw new RuleViolationException("subGoalIds", "plan.activity-serves-no-sub-goal",
                    "Link the help to the sub-goals it serves.");
        }
        for (UUID subGoalId : command.subGoalIds()) {
            SubGoal subGoal = subGoals.get(subGoalId);
            if (subGoal == null) {
                throw new RuleViolationException("subGoalIds", "plan.unknown-sub-goal",
                        "The plan has no sub-goal " + subGoalId + ".");
            }
            if (subGoal.status.isClosed()) {
                throw new RuleViolationException("subGoalIds", "plan.sub-goal-closed",
                        "Sub-goal " + subGoalId + " is " + subGoal.status.code() + "; help serves open sub-goals.");
            }
        }
        apply(new ActivityAddedEvent(planId, citizenId, organisation, command.activityId(), command.kind(),
                command.title(), command.sector(), blankToNull(command.provider()), blankToNull(command.reference()),
                command.startsOn(), command.endsOn(), content.subGoalIds(), command.by()));
    }

    @CommandHandler
    void handle(EndActivityCommand command) {
        ActivityFacts activity = activities.get(command.activityId());
        if (activity == null) {
            throw new NotFoundException("activity", command.activityId());
        }
        if (endedActivities.contains(command.activityId())) {
            throw new RuleViolationException("activityId", "plan.activity-ended", "The help has already ended.");
        }
        LocalDate endedOn = command.endedOn() == null ? PlanCalendar.today() : command.endedOn();
        if (endedOn.isBefore(activity.startsOn())) {
            throw new RuleViolationException("endedOn", "plan.activity-ends-before-start",
                    "The help cannot end before it starts.");
        }
        apply(new ActivityEndedEvent(planId, citizenId, organisation, command.activityId(), activity.sector(),
                endedOn, blankToNull(command.reason()), command.by()));
    }

    // --- follow-up -------------------------------------------------------------------------------------

    @CommandHandler
    void handle(RecordFollowUpCommand command, DeadlineManager deadlines) {
        FollowUpFacts content = followUpFacts(command.heldOn(), command.participants(), command.readings(),
                command.citizenRating(), command.citizenComment(), command.adjustments());
        FollowUpFacts existing = followUps.get(command.followUpId());
        if (existing != null) {
            if (existing.equals(content)) {
                return;
            }
            throw new ConflictException("plan.follow-up-exists", "A follow-up with this id is already recorded.");
        }
        LocalDate today = PlanCalendar.today();
        LocalDate heldOn = command.heldOn();
        if (heldOn == null) {
            throw new RuleViolationException("heldOn", "plan.follow-up-date-required", "Say when it was held.");
        }
        if (heldOn.isAfter(today)) {
            throw new RuleViolationException("heldOn", "plan.follow-up-in-future",
                    "Record a follow-up once it has been held.");
        }
        if (heldOn.isBefore(createdOn)) {
            throw new RuleViolationException("heldOn", "plan.follow-up-before-plan",
                    "A follow-up cannot be held before the plan was made.");
        }
        if (lastHeldOn != null && heldOn.isBefore(lastHeldOn)) {
            throw new RuleViolationException("heldOn", "plan.follow-up-out-of-order",
                    "A later follow-up (" + lastHeldOn + ") is already recorded.");
        }
        if (command.participants() == null || command.participants().isEmpty()) {
            throw new RuleViolationException("participants", "plan.follow-up-without-participants",
                    "Say who took part.");
        }
        if (command.citizenRating() != null && (command.citizenRating() < FollowUpRules.MIN_CITIZEN_RATING
                || command.citizenRating() > FollowUpRules.MAX_CITIZEN_RATING)) {
            throw new RuleViolationException("citizenRating", "plan.citizen-rating-out-of-range",
                    "The citizen rates the help from 1 to 5.");
        }
        List<Reading> readings = command.readings() == null ? List.of() : command.readings();
        Set<UUID> read = new HashSet<>();
        for (int i = 0; i < readings.size(); i++) {
            Reading reading = readings.get(i);
            String field = "readings[" + i + "]";
            SubGoal subGoal = subGoals.get(reading.subGoalId());
            if (subGoal == null) {
                throw new RuleViolationException(field + ".subGoalId", "plan.unknown-sub-goal",
                        "The plan has no sub-goal " + reading.subGoalId() + ".");
            }
            if (!read.add(reading.subGoalId())) {
                throw new RuleViolationException(field + ".subGoalId", "plan.reading-twice",
                        "One reading per sub-goal per follow-up.");
            }
            if (subGoal.status == SubGoalStatus.DROPPED) {
                throw new RuleViolationException(field + ".subGoalId", "plan.sub-goal-closed",
                        "Sub-goal " + reading.subGoalId() + " is dropped.");
            }
            if (!subGoal.measurement.kind().accepts(reading.value())) {
                throw new RuleViolationException(field + ".value", "plan.reading-out-of-range",
                        "This sub-goal is measured as " + subGoal.measurement.kind().range() + ".");
            }
        }
        LocalDate next = command.nextDueOn() == null ? heldOn.plusMonths(frequencyMonths) : command.nextDueOn();
        if (!next.isAfter(heldOn)) {
            throw new RuleViolationException("nextDueOn", "plan.next-follow-up-not-after",
                    "The next follow-up comes after this one.");
        }
        if (next.isAfter(heldOn.plusMonths(FollowUpRules.MAX_FREQUENCY_MONTHS))) {
            throw new RuleViolationException("nextDueOn", "plan.follow-up-beyond-yearly",
                    "The law asks for a follow-up at least once a year.");
        }
        List<ReadingTrend> trends = readings.stream().map(reading -> trendOf(reading)).toList();
        apply(new FollowUpRecordedEvent(planId, citizenId, organisation, command.followUpId(), heldOn,
                List.copyOf(command.participants()), List.copyOf(readings), command.citizenRating(),
                blankToNull(command.citizenComment()), blankToNull(command.adjustments()), next, command.by(),
                command.sector(), trends));
        scheduleFollowUp(deadlines, next);
    }

    @CommandHandler
    void handle(ChangeFollowUpFrequencyCommand command, DeadlineManager deadlines) {
        requireFrequency(command.months(), "months");
        if (command.months() == frequencyMonths) {
            return;
        }
        LocalDate next = (lastHeldOn != null ? lastHeldOn : createdOn).plusMonths(command.months());
        apply(new FollowUpFrequencyChangedEvent(planId, citizenId, organisation, command.months(), next,
                blankToNull(command.reason()), command.by(), command.sector()));
        scheduleFollowUp(deadlines, next);
    }

    @CommandHandler
    void handle(ProposeFollowUpCommand command, DeadlineManager deadlines) {
        LocalDate today = PlanCalendar.today();
        LocalDate proposed = command.suggestedBy().isBefore(today) ? today : command.suggestedBy();
        if (proposals.contains(command.proposalId()) || !proposed.isBefore(nextDueOn)) {
            return;
        }
        apply(new FollowUpBroughtForwardEvent(planId, citizenId, organisation, command.proposalId(), command.cause(),
                command.sector(), proposed, frequencyMonths));
        scheduleFollowUp(deadlines, proposed);
    }

    @DeadlineHandler(deadlineName = FOLLOW_UP_DUE)
    void followUpFallsDue(FollowUpDeadline deadline, DeadlineManager deadlines) {
        if (!deadline.dueOn().equals(nextDueOn) || deadline.dueOn().equals(dueRaisedFor)) {
            return;
        }
        apply(new FollowUpDueEvent(planId, citizenId, organisation, deadline.dueOn()));
        deadlines.schedule(PlanCalendar.startOf(deadline.dueOn().plusDays(1)), FOLLOW_UP_OVERDUE, deadline);
    }

    @DeadlineHandler(deadlineName = FOLLOW_UP_OVERDUE)
    void followUpIsOverdue(FollowUpDeadline deadline) {
        if (!deadline.dueOn().equals(nextDueOn) || deadline.dueOn().equals(overdueRaisedFor)) {
            return;
        }
        apply(new FollowUpOverdueEvent(planId, citizenId, organisation, deadline.dueOn()));
    }

    // --- rules -----------------------------------------------------------------------------------------

    private SubGoal openSubGoal(UUID subGoalId, long expectedVersion) {
        SubGoal subGoal = subGoals.get(subGoalId);
        if (subGoal == null) {
            throw new NotFoundException("sub-goal", subGoalId);
        }
        if (subGoal.version != expectedVersion) {
            throw new ConflictException("plan.sub-goal-stale", "The sub-goal was changed since version "
                    + expectedVersion + "; it is now at version " + subGoal.version + ". Read it again.",
                    subGoal.version);
        }
        if (subGoal.status.isClosed()) {
            throw new RuleViolationException("subGoalId", "plan.sub-goal-closed",
                    "The sub-goal is " + subGoal.status.code() + " and changes no more.");
        }
        return subGoal;
    }

    private static void requireSubGoalContent(String description, int priority, LocalDate dueOn,
                                              boolean dueOnIsNew, LifeArea lifeArea, Measurement measurement,
                                              LocalDate today) {
        requireText(description, "description", "plan.sub-goal-description-required",
                "Describe the sub-goal in a short, specific sentence.");
        if (priority < 1 || priority > MAX_PRIORITY) {
            throw new RuleViolationException("priority", "plan.priority-out-of-range",
                    "Priority is a number from 1 (first) to " + MAX_PRIORITY + ".");
        }
        if (dueOn == null) {
            throw new RuleViolationException("dueOn", "plan.due-date-required", "Say when the sub-goal is due.");
        }
        if (dueOnIsNew && dueOn.isBefore(today)) {
            throw new RuleViolationException("dueOn", "plan.due-in-past", "A sub-goal's due date cannot have passed.");
        }
        if (lifeArea == null) {
            throw new RuleViolationException("lifeArea", "plan.life-area-required",
                    "Say which life area (VUM theme) the sub-goal concerns.");
        }
        requireMeasurement(measurement);
    }

    private static void requireMeasurement(Measurement measurement) {
        if (measurement == null || measurement.kind() == null) {
            throw new RuleViolationException("measurement.kind", "plan.measurement-required",
                    "Say how progress is measured.");
        }
        MeasurementKind kind = measurement.kind();
        if (!kind.accepts(measurement.target())) {
            throw new RuleViolationException("measurement.target", "plan.measurement-out-of-range",
                    "The target must be " + kind.range() + ".");
        }
        if (measurement.baseline() != null && !kind.accepts(measurement.baseline())) {
            throw new RuleViolationException("measurement.baseline", "plan.measurement-out-of-range",
                    "The starting point must be " + kind.range() + ".");
        }
        if (kind == MeasurementKind.FIGURE) {
            requireText(measurement.unit(), "measurement.unit", "plan.figure-unit-required",
                    "Say what the figure counts, e.g. \"øl om dagen\".");
            if (measurement.direction() == null) {
                throw new RuleViolationException("measurement.direction", "plan.figure-direction-required",
                        "Say whether more or less is better.");
            }
        } else if (measurement.direction() != null && measurement.direction() != kind.fixedDirection()) {
            throw new RuleViolationException("measurement.direction", "plan.direction-fixed-by-kind",
                    kind + " improves as " + kind.fixedDirection() + ".");
        }
    }

    private static void requireFrequency(int months, String field) {
        if (months < 1 || months > FollowUpRules.MAX_FREQUENCY_MONTHS) {
            throw new RuleViolationException(field, "plan.follow-up-frequency-out-of-range",
                    "Follow up at least once a year (the law) and at most monthly: 1 to 12 months.");
        }
    }

    private static void requireText(String text, String field, String rule, String message) {
        if (text == null || text.isBlank()) {
            throw new RuleViolationException(field, rule, message);
        }
    }

    /** Progression: the reading against the last one, or the baseline the sub-goal started from. */
    private ReadingTrend trendOf(Reading reading) {
        SubGoal subGoal = subGoals.get(reading.subGoalId());
        BigDecimal before = subGoal.lastReading != null ? subGoal.lastReading : subGoal.measurement.baseline();
        return new ReadingTrend(reading.subGoalId(),
                Trend.of(before, reading.value(), subGoal.measurement.effectiveDirection()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static ActivityFacts activityFacts(AddActivityCommand command) {
        return new ActivityFacts(command.kind(), command.title(), command.sector(), blankToNull(command.provider()),
                blankToNull(command.reference()), command.startsOn(), command.endsOn(),
                command.subGoalIds() == null ? null : List.copyOf(new LinkedHashSet<>(command.subGoalIds())));
    }

    private static FollowUpFacts followUpFacts(LocalDate heldOn, List<?> participants, List<?> readings,
                                               Integer citizenRating, String citizenComment, String adjustments) {
        return new FollowUpFacts(heldOn, participants, readings == null ? List.of() : readings, citizenRating,
                blankToNull(citizenComment), blankToNull(adjustments));
    }

    private void scheduleFollowUp(DeadlineManager deadlines, LocalDate dueOn) {
        deadlines.schedule(PlanCalendar.startOf(dueOn), FOLLOW_UP_DUE, new FollowUpDeadline(dueOn));
    }

    // --- state -----------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(PlanCreatedEvent event) {
        planId = event.planId();
        citizenId = event.citizenId();
        organisation = event.organisation();
        createdOn = event.createdOn();
        dream = event.dream();
        frequencyMonths = event.followUpFrequencyMonths();
        nextDueOn = event.nextFollowUpDueOn();
    }

    @EventSourcingHandler
    void on(DreamChangedEvent event) {
        dream = event.dream();
    }

    @EventSourcingHandler
    void on(GoalAddedEvent event) {
        goals.put(event.goalId(), event.text());
    }

    @EventSourcingHandler
    void on(GoalChangedEvent event) {
        goals.put(event.goalId(), event.text());
    }

    @EventSourcingHandler
    void on(SubGoalAddedEvent event) {
        SubGoal subGoal = new SubGoal(event.subGoalId(), event.goalId(), event.owningSector());
        subGoal.description = event.description();
        subGoal.priority = event.priority();
        subGoal.dueOn = event.dueOn();
        subGoal.lifeArea = event.lifeArea();
        subGoal.measurement = event.measurement();
        subGoals.put(event.subGoalId(), subGoal);
    }

    @EventSourcingHandler
    void on(SubGoalChangedEvent event) {
        SubGoal subGoal = subGoals.get(event.subGoalId());
        subGoal.description = event.description();
        subGoal.priority = event.priority();
        subGoal.dueOn = event.dueOn();
        subGoal.lifeArea = event.lifeArea();
        subGoal.measurement = event.measurement();
        subGoal.status = SubGoalStatus.ADJUSTED;
        subGoal.version = event.version();
    }

    @EventSourcingHandler
    void on(SubGoalAchievedEvent event) {
        SubGoal subGoal = subGoals.get(event.subGoalId());
        subGoal.status = SubGoalStatus.ACHIEVED;
        subGoal.version = event.version();
    }

    @EventSourcingHandler
    void on(SubGoalDroppedEvent event) {
        SubGoal subGoal = subGoals.get(event.subGoalId());
        subGoal.status = SubGoalStatus.DROPPED;
        subGoal.version = event.version();
    }

    @EventSourcingHandler
    void on(ActivityAddedEvent event) {
        activities.put(event.activityId(), new ActivityFacts(event.kind(), event.title(), event.sector(),
                event.provider(), event.reference(), event.startsOn(), event.endsOn(), event.subGoalIds()));
    }

    @EventSourcingHandler
    void on(ActivityEndedEvent event) {
        endedActivities.add(event.activityId());
    }

    @EventSourcingHandler
    void on(FollowUpRecordedEvent event) {
        lastHeldOn = event.heldOn();
        nextDueOn = event.nextDueOn();
        followUps.put(event.followUpId(), followUpFacts(event.heldOn(), event.participants(), event.readings(),
                event.citizenRating(), event.citizenComment(), event.adjustments()));
        if (event.readings() != null) {
            event.readings().forEach(reading -> {
                SubGoal subGoal = subGoals.get(reading.subGoalId());
                if (subGoal != null) {
                    subGoal.lastReading = reading.value();
                }
            });
        }
    }

    @EventSourcingHandler
    void on(FollowUpFrequencyChangedEvent event) {
        frequencyMonths = event.months();
        nextDueOn = event.nextDueOn();
    }

    @EventSourcingHandler
    void on(FollowUpBroughtForwardEvent event) {
        proposals.add(event.proposalId());
        nextDueOn = event.nextDueOn();
    }

    @EventSourcingHandler
    void on(FollowUpDueEvent event) {
        dueRaisedFor = event.dueOn();
    }

    @EventSourcingHandler
    void on(FollowUpOverdueEvent event) {
        overdueRaisedFor = event.dueOn();
    }
}
