package dk.tvaers.plan.plan.query;

import dk.tvaers.plan.followup.api.FollowUpBroughtForwardEvent;
import dk.tvaers.plan.followup.api.FollowUpDueEvent;
import dk.tvaers.plan.followup.api.FollowUpFrequencyChangedEvent;
import dk.tvaers.plan.followup.api.FollowUpOverdueEvent;
import dk.tvaers.plan.followup.api.FollowUpRecordedEvent;
import dk.tvaers.plan.plan.api.ActivityAddedEvent;
import dk.tvaers.plan.plan.api.ActivityEndedEvent;
import dk.tvaers.plan.plan.api.CreatePlanCommand;
import dk.tvaers.plan.plan.api.DreamChangedEvent;
import dk.tvaers.plan.plan.api.GoalAddedEvent;
import dk.tvaers.plan.plan.api.GoalChangedEvent;
import dk.tvaers.plan.plan.api.PlanChange;
import dk.tvaers.plan.plan.api.PlanCreatedEvent;
import dk.tvaers.plan.plan.api.PlanEvent;
import dk.tvaers.plan.plan.api.PlanIds;
import dk.tvaers.plan.plan.api.PlanView;
import dk.tvaers.plan.plan.api.SubGoalAchievedEvent;
import dk.tvaers.plan.plan.api.SubGoalAddedEvent;
import dk.tvaers.plan.plan.api.SubGoalChangedEvent;
import dk.tvaers.plan.plan.api.SubGoalDroppedEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The plan straight from the event store: as it stood at any moment, every change with who, when and why,
 * and the current state for the access checks of a write (consistent with the aggregate, unlike the read
 * model, which may lag by a moment).
 */
@Component
public class PlanHistory {

    private final EventStore events;

    PlanHistory(EventStore events) {
        this.events = events;
    }

    /** The plan as it stood at {@code moment}: every event up to and including it; empty if there was none yet. */
    public Optional<PlanView> asOf(UUID citizenId, Instant moment) {
        PlanSheet sheet = new PlanSheet();
        boolean any = false;
        for (DomainEventMessage<?> message : stream(citizenId)) {
            if (message.getTimestamp().isAfter(moment)) {
                break;
            }
            if (message.getPayload() instanceof PlanEvent event) {
                sheet.apply(event, message.getSequenceNumber());
                any = true;
            }
        }
        return any ? Optional.of(sheet.toView(moment)) : Optional.empty();
    }

    /** The plan as it is now in the event store. */
    public Optional<PlanSheet> current(UUID citizenId) {
        PlanSheet sheet = new PlanSheet();
        boolean any = false;
        for (DomainEventMessage<?> message : stream(citizenId)) {
            if (message.getPayload() instanceof PlanEvent event) {
                sheet.apply(event, message.getSequenceNumber());
                any = true;
            }
        }
        return any ? Optional.of(sheet) : Optional.empty();
    }

    /** Every change, oldest first. */
    public List<PlanChange> changes(UUID citizenId) {
        List<PlanChange> changes = new ArrayList<>();
        for (DomainEventMessage<?> message : stream(citizenId)) {
            describe(message).ifPresent(changes::add);
        }
        return changes;
    }

    private List<DomainEventMessage<?>> stream(UUID citizenId) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        events.readEvents(PlanIds.planIdOf(citizenId).toString()).forEachRemaining(messages::add);
        return messages;
    }

    private static Optional<PlanChange> describe(DomainEventMessage<?> message) {
        long version = message.getSequenceNumber();
        Instant at = message.getTimestamp();
        Object payload = message.getPayload();
        PlanChange change = null;
        if (payload instanceof PlanCreatedEvent e) {
            change = new PlanChange(version, at, "PLAN_CREATED", e.createdBy(), e.sector(), e.planId(), null,
                    e.dream(), e.automatic() ? "Borgeren har åbne sager i to eller flere sektorer." : null);
        } else if (payload instanceof DreamChangedEvent e) {
            change = new PlanChange(version, at, "DREAM_CHANGED", e.by(), e.sector(), null, null, e.dream(),
                    e.reason());
        } else if (payload instanceof GoalAddedEvent e) {
            change = new PlanChange(version, at, "GOAL_ADDED", e.by(), e.sector(), e.goalId(), null, e.text(), null);
        } else if (payload instanceof GoalChangedEvent e) {
            change = new PlanChange(version, at, "GOAL_CHANGED", e.by(), e.sector(), e.goalId(), null, e.text(),
                    e.reason());
        } else if (payload instanceof SubGoalAddedEvent e) {
            change = new PlanChange(version, at, "SUB_GOAL_ADDED", e.by(), e.owningSector(), e.subGoalId(),
                    e.owningSector(), e.description(), null);
        } else if (payload instanceof SubGoalChangedEvent e) {
            change = new PlanChange(version, at, "SUB_GOAL_CHANGED", e.by(), e.sector(), e.subGoalId(),
                    e.owningSector(), e.description(), e.reason());
        } else if (payload instanceof SubGoalAchievedEvent e) {
            change = new PlanChange(version, at, "SUB_GOAL_ACHIEVED", e.by(), e.sector(), e.subGoalId(),
                    e.owningSector(), null, e.note());
        } else if (payload instanceof SubGoalDroppedEvent e) {
            change = new PlanChange(version, at, "SUB_GOAL_DROPPED", e.by(), e.sector(), e.subGoalId(),
                    e.owningSector(), null, e.reason());
        } else if (payload instanceof ActivityAddedEvent e) {
            change = new PlanChange(version, at, "ACTIVITY_ADDED", e.by(), e.sector(), e.activityId(), e.sector(),
                    e.title(), null);
        } else if (payload instanceof ActivityEndedEvent e) {
            change = new PlanChange(version, at, "ACTIVITY_ENDED", e.by(), e.sector(), e.activityId(), e.sector(),
                    null, e.reason());
        } else if (payload instanceof FollowUpRecordedEvent e) {
            change = new PlanChange(version, at, "FOLLOW_UP_RECORDED", e.by(), e.sector(), e.followUpId(), null,
                    e.adjustments(), null);
        } else if (payload instanceof FollowUpFrequencyChangedEvent e) {
            change = new PlanChange(version, at, "FOLLOW_UP_FREQUENCY_CHANGED", e.by(), e.sector(), null, null,
                    e.months() + "", e.reason());
        } else if (payload instanceof FollowUpBroughtForwardEvent e) {
            change = new PlanChange(version, at, "FOLLOW_UP_BROUGHT_FORWARD", CreatePlanCommand.SYSTEM, e.sector(),
                    e.proposalId(), null, e.nextDueOn().toString(), e.cause());
        } else if (payload instanceof FollowUpDueEvent e) {
            change = new PlanChange(version, at, "FOLLOW_UP_DUE", CreatePlanCommand.SYSTEM, null, null, null,
                    e.dueOn().toString(), null);
        } else if (payload instanceof FollowUpOverdueEvent e) {
            change = new PlanChange(version, at, "FOLLOW_UP_OVERDUE", CreatePlanCommand.SYSTEM, null, null, null,
                    e.dueOn().toString(), null);
        }
        return Optional.ofNullable(change);
    }
}
